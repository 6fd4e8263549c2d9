import string


def generate(n, rng):
    """Arguments for a test of size n (the length of s, at most 1000); rng is a random.Random."""
    n = max(1, min(1000, n))
    style = rng.randrange(3)
    if style == 0:
        # Two letters only: t occurs an astronomical number of ways, far beyond the modulus.
        s = "".join(rng.choice("ab") for _ in range(n))
        t = "".join(rng.choice("ab") for _ in range(rng.randint(max(1, n // 4), max(1, n // 2))))
    elif style == 1:
        # One repeated letter, with a few other letters sprinkled in: the worst case for the
        # number of matching pairs.
        s = [rng.choice("aaaaaaaaab") for _ in range(n)]
        s = "".join(s)
        t = "a" * rng.randint(max(1, n // 3), max(1, 2 * n // 3))
    else:
        # All 26 letters; t is picked out of s, so it occurs at least once.
        s = "".join(rng.choice(string.ascii_lowercase) for _ in range(n))
        size = rng.randint(max(1, n // 40), max(1, n // 10))
        picks = sorted(rng.sample(range(n), size))
        t = "".join(s[i] for i in picks)
    return [s, t]
