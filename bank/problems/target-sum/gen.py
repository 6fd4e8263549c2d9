def generate(n, rng):
    """Arguments for a test of size n (the length of nums, at most 50); rng is a random.Random."""
    n = max(1, min(50, n))
    style = rng.randrange(3)
    if style == 0:
        # Random values whose sum stays within 1000; the target comes from random signs, so
        # at least one assignment reaches it.
        cap = max(1, 2 * 1000 // n)
        nums = [rng.randint(0, cap) for _ in range(n)]
        while sum(nums) > 1000:
            i = rng.randrange(n)
            nums[i] //= 2
        target = sum(x if rng.random() < 0.5 else -x for x in nums)
    elif style == 1:
        # Mostly zeros and ones: a huge number of ways (every zero doubles the count).
        nums = [rng.choice((0, 0, 1, 1, 2)) for _ in range(n)]
        target = rng.randint(-3, 3)
    else:
        # Values of similar size and a target picked blindly: often unreachable, either by
        # parity or (one time in five) because it lies beyond the sum.
        cap = max(1, 1000 // n)
        nums = [rng.randint(cap // 2, cap) for _ in range(n)]
        total = sum(nums)
        if rng.random() < 0.2 and total < 1000:
            target = rng.choice((-1, 1)) * rng.randint(total + 1, 1000)
        else:
            target = rng.randint(-total, total)
    return [nums, target]
