def generate(n, rng):
    """Arguments for a test of size n (the number of rows); rng is a random.Random (unused:
    the triangle depends on n alone)."""
    return [max(0, min(60, n))]
