LOW, HIGH = -2**31, 2**31 - 1


def _junk(n, k, rng):
    """A value that does not change the answer k + 1: not positive, too large, or a repeat."""
    kind = rng.randrange(4)
    if kind == 0:
        return rng.randint(LOW, 0)
    if kind == 1:
        return rng.choice((LOW, 0, HIGH))
    if kind == 2:
        return rng.randint(k + 2, HIGH)
    return rng.randint(1, k) if k > 0 else rng.randint(LOW, 0)


def generate(n, rng):
    """Arguments for a test of size n (the length of nums, at most 10^5); rng is a random.Random."""
    n = max(1, min(10**5, n))
    style = rng.randrange(3)
    if style == 0:
        # 1..n+1 with one number left out, from the upper half, shuffled.
        gone = rng.randint(n // 2 + 1, n + 1)
        nums = [v for v in range(1, n + 2) if v != gone]
    elif style == 1:
        # 1..k for a k between n/2 and n, the rest junk: negatives, zeros, values past k + 1
        # (also past n) and repeats.
        k = rng.randint(n // 2, n)
        nums = list(range(1, k + 1)) + [_junk(n, k, rng) for _ in range(n - k)]
    else:
        # Every value of 1..k twice, for a k near n/3, and the rest junk.
        k = rng.randint(n // 4, n // 3)
        nums = list(range(1, k + 1)) * 2 + [_junk(n, k, rng) for _ in range(n - 2 * k)]
    rng.shuffle(nums)
    return [nums]
