def generate(n, rng):
    """n integers and a window size k; rng is a random.Random. The style picks random values
    over the full range, few distinct values (many ties), or a rising or falling run; k is
    1, small, about n/2, a random size, or n."""
    n = max(1, n)
    lo, hi = -2**31, 2**31 - 1
    style = rng.randrange(4)
    if style == 0:
        nums = [rng.randint(lo, hi) for _ in range(n)]
    elif style == 1:
        nums = [rng.randint(-5, 5) for _ in range(n)]
    else:
        nums = sorted(rng.randint(lo, hi) for _ in range(n))
        if style == 3:
            nums.reverse()
    k = rng.choice((1, min(n, rng.randint(2, 10)), max(1, n // 2), rng.randint(1, n), n))
    return [nums, k]
