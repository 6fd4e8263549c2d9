def generate(n, rng):
    """Arguments for a test of size n (the number of bars); rng is a random.Random."""
    n = max(1, n)
    style = rng.randrange(3)
    if style == 0:
        # Random heights over the whole range, with a few zero bars.
        heights = [0 if rng.random() < 0.001 else rng.randint(0, 10**4) for _ in range(n)]
    elif style == 1:
        # A rising staircase: the stack only grows until the very end.
        heights = sorted(rng.randint(0, 10**4) for _ in range(n))
    else:
        # A few distinct heights in long runs: many equal bars.
        heights = []
        while len(heights) < n:
            heights.extend([rng.choice([1, 2, 5000, 10**4])] * rng.randint(1, max(1, n // 20)))
        heights = heights[:n]
    return [heights]
