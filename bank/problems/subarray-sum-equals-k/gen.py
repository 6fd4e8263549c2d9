def generate(n, rng):
    """n integers and a target; rng is a random.Random. The style picks wide values with k the
    sum of a random run, tiny values (many matches), or all zeros with k = 0 (every run)."""
    n = max(1, n)
    style = rng.randrange(3)
    if style == 0:
        nums = [rng.randint(-1000, 1000) for _ in range(n)]
    elif style == 1:
        nums = [rng.randint(-2, 2) for _ in range(n)]
    else:
        return [[0] * n, 0]
    i = rng.randrange(n)
    j = rng.randrange(i, n)
    return [nums, sum(nums[i:j + 1])]
