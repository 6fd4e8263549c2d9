def generate(n, rng):
    """Arguments for a test of size n (the number of points); rng is a random.Random."""
    n = max(1, n)
    lim = 10**4
    style = rng.randrange(3)
    points = []
    if style == 0:
        # Crowded: a small square, so there are many duplicates and long lines.
        side = max(1, int(n ** 0.5) // 2)
        x0, y0 = rng.randint(-lim, lim - side), rng.randint(-lim, lim - side)
        for _ in range(n):
            points.append([x0 + rng.randint(0, side), y0 + rng.randint(0, side)])
    elif style == 1:
        # A planted line holding about a third of the points, in random noise.
        a, b = rng.randint(1, 9), rng.randint(-9, 9)
        span = lim // 10
        x0, y0 = rng.randint(-span, span), rng.randint(-span, span)
        on_line = max(1, n // 3)
        for _ in range(on_line):
            t = rng.randint(-span // 10, span // 10)
            points.append([x0 + a * t, y0 + b * t])
        for _ in range(n - on_line):
            points.append([rng.randint(-lim, lim), rng.randint(-lim, lim)])
    else:
        # Scattered over the whole range: almost every line holds two or three points.
        for _ in range(n):
            points.append([rng.randint(-lim, lim), rng.randint(-lim, lim)])
    rng.shuffle(points)
    return [points]
