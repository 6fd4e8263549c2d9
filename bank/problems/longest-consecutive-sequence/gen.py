def generate(n, rng):
    """n integers; rng is a random.Random. The style picks scattered values with short runs,
    a few long runs shuffled together (with repeats), or one run spanning most of the list."""
    n = max(1, n)
    style = rng.randrange(3)
    if style == 0:
        # Values drawn from a window about twice as wide as n: many short runs.
        lo = rng.randint(-10**9, 10**9 - 2 * n)
        nums = [rng.randint(lo, lo + 2 * n) for _ in range(n)]
    elif style == 1:
        # A handful of long runs at random places, plus repeats of their values.
        distinct = n - n // 10
        nums = []
        runs = rng.randint(1, 8)
        while len(nums) < distinct:
            start = rng.randint(-10**9, 10**9 - n)
            length = rng.randint(1, max(1, distinct // runs))
            nums.extend(range(start, start + length))
        nums = nums[:distinct]
        nums.extend(rng.choice(nums) for _ in range(n - distinct))
    else:
        # One run with a single gap, ending at the top of the range.
        top = 10**9
        nums = list(range(top - n + 1, top + 1))
        if n > 2:
            nums[rng.randrange(1, n - 1)] = -10**9
    rng.shuffle(nums)
    return [nums]
