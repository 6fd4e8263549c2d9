def generate(n, rng):
    """Arguments for a test of size n (the number of values); rng is a random.Random."""
    n = max(1, min(200, n))
    style = rng.randrange(3)
    if style == 0:
        # Random values; the last one is adjusted so that the total is even.
        nums = [rng.randint(1, 100) for _ in range(n)]
        if sum(nums) % 2:
            nums[-1] += 1 if nums[-1] < 100 else -1
            if nums[-1] == 0:
                nums[-1] = 2
    elif style == 1:
        # Multiples of 3 and one other value x, chosen so that the total is even but half of
        # it is neither 3k nor 3k + x: no subset reaches it, yet nothing short-circuits early.
        nums = [3 * rng.randint(1, 33) for _ in range(n - 1)]
        base = sum(nums)
        options = [x for x in range(1, 101)
                   if (base + x) % 2 == 0 and ((base + x) // 2) % 3 and ((base + x) // 2 - x) % 3]
        nums.append(rng.choice(options))
        rng.shuffle(nums)
    else:
        # One value repeated an odd number of times, possibly with one extra to even the total.
        v = rng.randint(1, 50) * 2
        nums = [v] * (n if n % 2 else n - 1)
        if n % 2 == 0:
            nums.append(rng.randint(1, 100))
    return [nums]
