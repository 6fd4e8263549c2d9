def generate(n, rng):
    """Arguments for a test of size n (the number of intervals, at most 10^5); rng is a random.Random."""
    n = max(0, min(10**5, n))
    style = rng.randrange(3)
    intervals = []
    if style == 0:
        # Short intervals spread thinly: few overlaps, a long output.
        for _ in range(n):
            s = rng.randint(0, 10**9 - 1000)
            intervals.append([s, s + rng.randint(0, 1000)])
    elif style == 1:
        # Dense clusters: many overlaps, touching ends and nested intervals.
        centres = [rng.randint(0, 10**9) for _ in range(max(1, n // 50))]
        for _ in range(n):
            c = rng.choice(centres)
            s = max(0, c - rng.randint(0, 10**4))
            intervals.append([s, min(10**9, s + rng.randint(0, 2 * 10**4))])
    else:
        # Disjoint intervals given in reverse order, every other pair touching.
        pos = 0
        for i in range(n):
            s = pos
            e = s + rng.randint(0, 5000)
            intervals.append([s, e])
            pos = e + (0 if i % 2 == 0 else rng.randint(1, 5000))
        intervals.reverse()
        return [intervals]
    return [intervals]
