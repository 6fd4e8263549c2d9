def generate(n, rng):
    """Arguments for a test of size n (the list's length); rng is a random.Random."""
    n = max(1, n)
    style = rng.randrange(3)
    if style == 0:
        # Distinct-ish values over the full range, k near the middle.
        nums = [rng.randint(-10**9, 10**9) for _ in range(n)]
        k = max(1, min(n, n // 2 + rng.randint(-n // 10, n // 10)))
    elif style == 1:
        # Few distinct values (many duplicates), k anywhere in the upper half of ranks.
        pool = [rng.randint(-10**9, 10**9) for _ in range(max(1, min(50, n // 10)))]
        nums = [rng.choice(pool) for _ in range(n)]
        k = rng.randint(max(1, n // 3), max(1, n * 2 // 3))
    else:
        # Sorted ascending input (bad for a naive pivot), k in the middle third.
        nums = sorted(rng.randint(-10**9, 10**9) for _ in range(n))
        k = rng.randint(max(1, n // 3), max(1, n * 2 // 3))
    return [nums, k]
