LIMIT = 10**4


def _build(n, d, k, cap, rng):
    """n values over d distinct ones: d - k of them occur 1..cap times, the k others more than cap."""
    values = rng.sample(range(-LIMIT, LIMIT + 1), d)
    top, rest = values[:k], values[k:]
    counts = {v: rng.randint(1, cap) for v in rest}
    remainder = n - sum(counts.values()) - k * (cap + 1)
    if remainder < 0:
        return None
    cuts = sorted(rng.randint(0, remainder) for _ in range(k - 1))
    for v, lo, hi in zip(top, [0] + cuts, cuts + [remainder]):
        counts[v] = cap + 1 + (hi - lo)
    nums = [v for v, c in counts.items() for _ in range(c)]
    rng.shuffle(nums)
    return [nums, k]


def generate(n, rng):
    """Arguments for a test of size n (the list's length); rng is a random.Random."""
    n = max(1, n)
    style = rng.randrange(3)
    if style == 0:
        # About n/5 distinct values, any k.
        d = max(1, min(2 * LIMIT + 1, n // 5))
        k = rng.randint(1, d)
        cap = 3
    elif style == 1:
        # As many distinct values as the counts allow, a small k.
        d = max(1, min(2 * LIMIT + 1, n * 3 // 20))
        k = rng.randint(1, min(d, 10))
        cap = 3
    else:
        # A handful of distinct values with large counts.
        d = rng.randint(1, min(n, 20))
        k = rng.randint(1, d)
        cap = max(1, n // (2 * d))
    result = _build(n, d, k, cap if d > k else 0, rng)
    if result is None:
        # Tiny n: one value occurring n times.
        result = _build(n, 1, 1, 0, rng)
    return result
