def generate(n, rng):
    """Arguments for a test of size n (the largest value allowed); rng is a random.Random."""
    n = max(1, min(n, 2**31 - 1))
    return [rng.randint(max(1, n // 2), n)]
