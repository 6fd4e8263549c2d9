LIMIT = 10**9


def generate(n, rng):
    """Arguments for a test of size n (the list's length); rng is a random.Random."""
    n = max(1, n)
    values = sorted(rng.sample(range(-LIMIT, LIMIT + 1), n))
    k = rng.randrange(n)
    nums = values[k:] + values[:k]
    if rng.random() < 0.5:
        target = nums[rng.randrange(n)]
    else:
        present = set(values)
        target = rng.randint(-LIMIT, LIMIT)
        while target in present:
            target = rng.randint(-LIMIT, LIMIT)
    return [nums, target]
