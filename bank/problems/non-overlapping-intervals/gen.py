def generate(n, rng):
    """Arguments for a test of size n (the number of intervals, at most 10^5); rng is a random.Random."""
    n = max(0, min(10**5, n))
    style = rng.randrange(3)
    intervals = []
    if style == 0:
        # Random intervals of random lengths over the whole range.
        for _ in range(n):
            s = rng.randint(-10**9, 10**9 - 1)
            intervals.append([s, min(10**9, s + rng.randint(1, 10**7))])
    elif style == 1:
        # Short intervals on a small range: many overlaps, many touching, many duplicates.
        for _ in range(n):
            s = rng.randint(0, max(1, n // 2))
            intervals.append([s, s + rng.randint(1, 5)])
    else:
        # A chain of touching intervals (all kept) mixed with long intervals that cover several.
        pos = -10**9 + 5000
        for _ in range(n):
            if rng.random() < 0.7:
                length = rng.randint(1, 1000)
                intervals.append([pos, pos + length])
                pos += length
            else:
                s = pos - rng.randint(1, 5000)
                intervals.append([s, s + rng.randint(2000, 10000)])
    rng.shuffle(intervals)
    return [intervals]
