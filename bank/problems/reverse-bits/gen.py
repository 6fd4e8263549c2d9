def generate(n, rng):
    """Arguments for a test of size n (the largest value allowed); rng is a random.Random."""
    top = max(1, min(n, 2**32 - 1))
    return [rng.randint(0, top)]
