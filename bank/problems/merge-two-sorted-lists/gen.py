def generate(n, rng):
    """Arguments for a test of size n (the total number of nodes in both lists);
    rng is a random.Random."""
    style = rng.randrange(3)
    if style == 0:
        # Interleaved random values, split about evenly.
        k = n // 2
        a = sorted(rng.randint(-10**9, 10**9) for _ in range(k))
        b = sorted(rng.randint(-10**9, 10**9) for _ in range(n - k))
    elif style == 1:
        # One list entirely before the other.
        k = n // 2
        a = sorted(rng.randint(10**8, 10**9) for _ in range(k))
        b = sorted(rng.randint(-10**9, -10**8) for _ in range(n - k))
    else:
        # Few distinct values: long runs of equal values in both lists.
        k = n // 2
        a = sorted(rng.randint(-2, 2) for _ in range(k))
        b = sorted(rng.randint(-2, 2) for _ in range(n - k))
    return [a, b]
