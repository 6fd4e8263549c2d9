def generate(n, rng):
    """Arguments for a test of size n (the number of intervals, at most 10^5); rng is a random.Random."""
    n = max(0, min(10**5, n))
    intervals = []
    pos = rng.randint(0, 1000)
    for _ in range(n):
        s = pos
        e = s + rng.randint(0, 5000)
        intervals.append([s, e])
        pos = e + rng.randint(1, 5000)            # a gap of at least one point
    style = rng.randrange(3)
    top = intervals[-1][1] if intervals else 1000
    if style == 0 and n:
        # Swallows a long run of intervals in the middle.
        i = rng.randrange(n)
        j = rng.randrange(i, n)
        s = intervals[i][0] + rng.randint(-1000, 1000)
        e = intervals[j][1] + rng.randint(-1000, 1000)
        new = [max(0, min(s, e)), max(s, e)]
    elif style == 1:
        # A short interval anywhere, usually in a gap or inside one interval.
        s = rng.randint(0, top + 10)
        new = [s, s + rng.randint(0, 10)]
    else:
        # Past the last interval or covering everything.
        new = [top + rng.randint(1, 100), top + 200] if rng.random() < 0.5 else [0, top + 1]
    return [intervals, new]
