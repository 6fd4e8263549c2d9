def generate(n, rng):
    """n values in total, spread over about n / 10 sorted lists (some empty)."""
    n = max(1, n)
    k = max(1, min(10**4, n // 10))
    sizes = [0] * k
    for _ in range(n):
        sizes[rng.randrange(k)] += 1
    lists = []
    for size in sizes:
        lo = rng.randint(-10**9, 10**9)
        hi = rng.randint(lo, 10**9)
        lists.append(sorted(rng.randint(lo, hi) for _ in range(size)))
    return [lists]
