def generate(n, rng):
    """A string of n uppercase letters and a budget k; rng is a random.Random. The style picks
    two letters with a small k, a handful of letters in long runs, or all 26 letters with a
    large k."""
    n = max(1, n)
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    style = rng.randrange(3)
    if style == 0:
        s = [rng.choice("AB") for _ in range(n)]
        k = rng.randint(0, max(0, n // 100))
    elif style == 1:
        s = []
        while len(s) < n:
            s.extend(rng.choice(letters[:5]) * rng.randint(1, 50))
        s = s[:n]
        k = rng.randint(0, max(0, n // 20))
    else:
        s = [rng.choice(letters) for _ in range(n)]
        k = rng.randint(n // 4, n // 2)
    return ["".join(s), k]
