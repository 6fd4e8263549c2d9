def generate(n, rng):
    """Arguments for a test of size n (the length of nums); rng is a random.Random."""
    style = rng.randrange(3)
    if style == 0:
        missing = n                          # the top of the range
    elif style == 1:
        missing = rng.randint(n - n // 10, n)  # near the top
    else:
        missing = rng.randint(0, n)          # anywhere
    nums = [x for x in range(n + 1) if x != missing]
    rng.shuffle(nums)
    return [nums]
