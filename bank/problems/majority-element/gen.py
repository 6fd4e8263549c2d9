def generate(n, rng):
    """n integers, one value filling just over half of them; rng is a random.Random. The style
    puts the majority at the back (after every other value), interleaves it, or shuffles."""
    n = max(1, n)
    major = rng.randint(-10**9, 10**9)
    copies = n // 2 + 1
    pool = max(1, (n - copies) // rng.choice((1, 3, 100)))      # distinct other values
    others = [rng.randint(-10**9, 10**9) for _ in range(pool)]
    others = [v if v != major else (v - 1 if v > 0 else v + 1) for v in others]
    rest = [others[rng.randrange(pool)] for _ in range(n - copies)]
    style = rng.randrange(3)
    if style == 0:
        nums = rest + [major] * copies
    elif style == 1:
        nums = []
        for v in rest:
            nums += [major, v]
        nums += [major] * (copies - len(rest))
    else:
        nums = rest + [major] * copies
        rng.shuffle(nums)
    return [nums]
