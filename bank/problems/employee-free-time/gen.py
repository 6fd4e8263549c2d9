def generate(n, rng):
    """Arguments for a test of size n (the total number of intervals); rng is a random.Random."""
    style = rng.randrange(3)
    if style == 0:
        k = min(n, rng.randint(1, 3))                 # few employees, wide random intervals
    elif style == 1:
        k = max(1, n // 10)                           # many employees, short intervals
    else:
        k = max(1, n // 2)                            # many employees, dense coverage
    counts = [1] * k
    for _ in range(n - k):
        counts[rng.randrange(k)] += 1
    schedules = []
    for m in counts:
        if style == 1:
            slots = sorted(rng.sample(range(0, 10**9 - 1000, 1000), m))
            schedules.append([[s, s + rng.randint(1, 999)] for s in slots])
        else:
            if style == 2:
                lo = rng.randint(0, 10**9 - 10**6)
                points = sorted(rng.sample(range(lo, lo + 10**6 + 1), 2 * m)) if 2 * m <= 10**6 else \
                    sorted(rng.sample(range(0, 10**9 + 1), 2 * m))
            else:
                points = sorted(rng.sample(range(0, 10**9 + 1), 2 * m))
            schedules.append([[points[2 * i], points[2 * i + 1]] for i in range(m)])
    rng.shuffle(schedules)
    return [schedules]
