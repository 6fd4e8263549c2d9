def generate(n, rng):
    """n integers; rng is a random.Random. About half the seeds give all-distinct values (the whole list
    must be scanned); some hide a single repeated value near the end."""
    n = max(1, n)
    nums = rng.sample(range(-10**9, 10**9 + 1), n)
    if n >= 2 and rng.randrange(2) == 0:
        # One duplicate: the last entry repeats one from the second half.
        nums[-1] = nums[rng.randrange((n - 1) // 2, n - 1)]
    return [nums]
