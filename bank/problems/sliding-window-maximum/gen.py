def generate(n, rng):
    """n integers and a window size k; rng is a random.Random. The style picks random values
    or a long falling or rising run, and k from 1, small, about n/2, or n."""
    n = max(1, n)
    style = rng.randrange(3)
    if style == 0:
        nums = [rng.randint(-10**4, 10**4) for _ in range(n)]
    else:
        nums = sorted(rng.randint(-10**4, 10**4) for _ in range(n))
        if style == 1:
            nums.reverse()      # falling: the deque grows to k entries
    k = rng.choice((1, min(n, rng.randint(2, 10)), max(1, n // 2), n))
    return [nums, k]
