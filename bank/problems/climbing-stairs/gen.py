def generate(n, rng):
    """Arguments for a test of size n (the number of steps); rng is a random.Random."""
    return [max(0, min(90, n))]
