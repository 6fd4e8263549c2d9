def generate(n, rng):
    """Arguments for a test of size n (the list's length, at most 10^5); rng is a random.Random."""
    n = max(1, min(10**5, n))
    style = rng.randrange(3)
    if style == 0:
        # A trap: nothing before index t can jump past it, and nums[t] == 0. The answer is False.
        t = max(0, n - 2 - rng.randrange(max(1, n // 100)))
        nums = [rng.randint(1, max(1, min(20000, t - i))) if i < t else 0 for i in range(t + 1)]
        nums += [rng.randint(0, 10**5) for _ in range(n - t - 1)]
        if n > 1:
            nums[t] = 0
    elif style == 1:
        # Long jumps with zeros sprinkled in: usually True.
        nums = [0 if rng.random() < 0.3 else rng.randint(1, 20000) for _ in range(n)]
        nums[0] = max(nums[0], 1) if n > 1 else nums[0]
    else:
        # Small jumps with runs of zeros; a single long jump bridges each run.
        nums = []
        while len(nums) < n:
            run = rng.randint(1, 50)
            nums.append(run + 1)               # jumps over the zeros that follow
            nums += [0] * run
            nums += [rng.randint(1, 3) for _ in range(rng.randint(1, 50))]
        nums = nums[:n]
        if rng.random() < 0.5 and n > 2:
            nums[rng.randrange(n - 1)] = 0      # may cut the only bridge: possibly False
    return [nums]
