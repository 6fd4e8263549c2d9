def generate(n, rng):
    """Arguments for a test of size n (len(a) + len(b), at most 2 * 10^5); rng is a random.Random."""
    style = rng.randrange(3)
    if style == 0:
        na = rng.randint(0, n)                                   # random split, wide values
        lo, hi = -10**9, 10**9
    elif style == 1:
        na = n // 2                                              # even split, many duplicates
        lo, hi = -5, 5
    else:
        na = n - n // 10                                         # lopsided split
        lo, hi = -10**9, 10**9
    na = max(n - 10**5, min(na, 10**5))      # each list holds at most 10^5 values
    nb = n - na
    a = sorted(rng.randint(lo, hi) for _ in range(na))
    b = sorted(rng.randint(lo, hi) for _ in range(nb))
    if rng.random() < 0.5:
        a, b = b, a
    return [a, b]
