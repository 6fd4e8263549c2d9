def generate(n, rng):
    """n balloons with numbers from 0 to 100."""
    n = max(1, min(n, 200))
    return [[rng.randint(0, 100) for _ in range(n)]]
