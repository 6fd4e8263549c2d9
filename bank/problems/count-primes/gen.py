def generate(n, rng):
    """Arguments for a test of size n (the largest value allowed); rng is a random.Random."""
    n = max(1, min(n, 5 * 10**6))
    return [n if rng.randrange(2) else rng.randint(n // 2, n)]
