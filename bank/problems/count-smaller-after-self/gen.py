def generate(n, rng):
    """n values; sometimes from a small range (many duplicates) or nearly sorted."""
    style = rng.randrange(3)
    if style == 0:
        nums = [rng.randint(-10**9, 10**9) for _ in range(n)]
    elif style == 1:
        nums = [rng.randint(-50, 50) for _ in range(n)]
    else:
        nums = sorted(rng.randint(-10**9, 10**9) for _ in range(n))
        nums.reverse()
        for _ in range(n // 20):
            i, j = rng.randrange(n), rng.randrange(n)
            nums[i], nums[j] = nums[j], nums[i]
    return [nums]
