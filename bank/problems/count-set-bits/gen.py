def generate(n, rng):
    """Arguments for a test of size n (the largest number counted); rng is a random.Random."""
    return [max(0, min(10**5, n))]
