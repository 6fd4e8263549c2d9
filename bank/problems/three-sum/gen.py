def generate(n, rng):
    """n integers; rng is a random.Random. The style picks values in a window four times wider
    than n (many triplets), values spread over the whole range (few), or many repeats of a few
    small values (duplicates to skip)."""
    n = max(1, n)
    style = rng.randrange(3)
    if style == 0:
        w = 4 * n
        nums = [rng.randint(-w, w) for _ in range(n)]
    elif style == 1:
        nums = [rng.randint(-10**5, 10**5) for _ in range(n)]
    else:
        nums = [rng.randint(-12, 12) for _ in range(n)]
    return [nums]
