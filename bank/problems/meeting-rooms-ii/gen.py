def generate(n, rng):
    """Arguments for a test of size n (the number of meetings, at most 10^5); rng is a random.Random."""
    n = max(0, min(10**5, n))
    style = rng.randrange(3)
    intervals = []
    if style == 0:
        # Random meetings over the whole day-range: moderate overlap.
        for _ in range(n):
            s = rng.randint(0, 10**9 - 1)
            intervals.append([s, min(10**9, s + rng.randint(1, 10**7))])
    elif style == 1:
        # Back-to-back meetings on a few rooms' worth of chains: many end == start ties.
        chains = rng.randint(1, 50)
        ends = [0] * chains
        for i in range(n):
            c = i % chains
            length = rng.randint(1, 100)
            intervals.append([ends[c], ends[c] + length])
            ends[c] += length
    else:
        # Heavy overlap: long meetings in a short window.
        for _ in range(n):
            s = rng.randint(0, 10**6)
            intervals.append([s, s + rng.randint(1, 10**6)])
    rng.shuffle(intervals)
    return [intervals]
