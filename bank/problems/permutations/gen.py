def generate(n, rng):
    """Arguments for a test of size n (the list's length, at most 8); rng is a random.Random."""
    n = max(0, min(8, n))
    return [rng.sample(range(-100, 101), n)]
