def generate(n, rng):
    """n integers; rng is a random.Random. Mostly 1 and -1, plus a few larger factors whose
    product stays within 32 bits, and (for some seeds) one or two zeros."""
    n = max(2, n)
    nums = [rng.choice((1, -1)) for _ in range(n)]
    # Larger factors: their total product stays below 2**30.
    budget = 2**30
    for _ in range(rng.randint(0, 12)):
        f = rng.randint(2, 30)
        if budget // f < 1:
            break
        budget //= f
        nums[rng.randrange(n)] = f * rng.choice((1, -1))
    zeros = rng.choice((0, 0, 1, 2))
    for _ in range(zeros):
        nums[rng.randrange(n)] = 0
    return [nums]
