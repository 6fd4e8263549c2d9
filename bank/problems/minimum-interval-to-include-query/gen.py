def generate(n, rng):
    """Arguments for a test of size n (n intervals and n queries); rng is a random.Random."""
    n = max(1, n)
    hi = 10**7
    style = rng.randrange(3)
    intervals = []
    if style == 0:
        # Sizes of every scale, from single points to most of the range.
        for _ in range(n):
            size = min(hi, int(10 ** rng.uniform(0, 7)))
            left = rng.randint(1, hi - size + 1)
            intervals.append([left, left + size - 1])
        queries = [rng.randint(1, hi) for _ in range(n)]
    elif style == 1:
        # Nested intervals around a centre: many intervals are open at every query, so a
        # query must not scan them all.
        centre = rng.randint(hi // 4, 3 * hi // 4)
        for _ in range(n):
            intervals.append([centre - rng.randint(0, hi // 4), centre + rng.randint(0, hi // 4)])
        queries = [rng.randint(1, hi) for _ in range(n)]
    else:
        # Short intervals in a narrow window, queries with many repeats, some in the gaps.
        width = max(10, 20 * n)
        base = rng.randint(1, hi - width)
        for _ in range(n):
            left = base + rng.randrange(width)
            intervals.append([left, min(hi, left + rng.randint(0, 30))])
        spots = [base + rng.randrange(width) for _ in range(max(1, n // 10))]
        queries = [rng.choice(spots) for _ in range(n)]
    return [intervals, queries]
