def generate(n, rng):
    """Arguments for a test of size n (n >= 2 walls); rng is a random.Random."""
    n = max(2, n)
    style = rng.randrange(3)
    if style == 0:
        # Uniformly random heights.
        heights = [rng.randint(0, 10**4) for _ in range(n)]
    elif style == 1:
        # A mountain: rises to a peak in the middle, then falls, with noise.
        peak = n // 2
        heights = [max(0, min(10**4, 10**4 - abs(i - peak) * 10**4 // max(1, peak) + rng.randint(-50, 50)))
                   for i in range(n)]
    else:
        # Mostly low walls with a few tall ones scattered about.
        heights = [rng.randint(0, 100) for _ in range(n)]
        for _ in range(max(1, n // 1000)):
            heights[rng.randrange(n)] = rng.randint(5000, 10**4)
    return [heights]
