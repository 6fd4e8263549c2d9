def generate(n, rng):
    """Arguments for a test of size n (the largest value allowed); rng is a random.Random."""
    n = max(1, min(n, 10**18))
    style = rng.randrange(3)
    x = rng.randint(n // 2, n)
    if style == 0:
        return [x]
    # Just below or exactly at a perfect square: where rounding mistakes show.
    r = 1
    while (2 * r) * (2 * r) <= x:
        r *= 2
    step = r
    while step:
        if (r + step) * (r + step) <= x:
            r += step
        step //= 2
    return [r * r - 1 if style == 1 else r * r]
