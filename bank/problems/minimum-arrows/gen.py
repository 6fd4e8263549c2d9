def generate(n, rng):
    """Arguments for a test of size n (the number of balloons); rng is a random.Random."""
    lo, hi = -(2**31), 2**31 - 1
    style = rng.randrange(3)
    points = []
    if style == 0:
        # Short balloons spread over the whole range: almost every one needs its own arrow.
        for _ in range(n):
            s = rng.randint(lo, hi - 1000)
            points.append([s, s + rng.randint(0, 1000)])
    elif style == 1:
        # Balloons of mixed widths around a modest number of clusters.
        centres = [rng.randint(lo // 2, hi // 2) for _ in range(max(1, n // 20))]
        for _ in range(n):
            c = rng.choice(centres)
            a, b = c - rng.randint(0, 10**6), c + rng.randint(-10**6, 10**6)
            points.append([min(a, b), max(a, b)])
    else:
        # A chain of balloons that touch end to end, plus ones reaching the extremes.
        width = max(1, (2**32 - 1) // (n + 1))
        for i in range(n):
            s = lo + i * width
            points.append([s, min(hi, s + width)])
        points[0] = [lo, lo]
        if n > 1:
            points[-1] = [hi, hi]
    rng.shuffle(points)
    return [points]
