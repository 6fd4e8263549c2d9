def generate(n, rng):
    """Arguments for a test of size n (the list's length, at most 15); rng is a random.Random."""
    n = max(0, min(15, n))
    return [rng.sample(range(-10**4, 10**4 + 1), n)]
