def generate(n, rng):
    """Arguments for a test of size n (len(greed) + len(cookies)); rng is a random.Random."""
    style = rng.randrange(3)
    ng = n // 2 if style != 2 else rng.randint(max(0, n - 5 * 10**4), min(n, 5 * 10**4))
    nc = n - ng
    if style == 0:
        greed = [rng.randint(1, 10**9) for _ in range(ng)]
        cookies = [rng.randint(1, 10**9) for _ in range(nc)]
    elif style == 1:
        greed = [rng.randint(1, 100) for _ in range(ng)]           # many duplicates
        cookies = [rng.randint(1, 100) for _ in range(nc)]
    else:
        greed = [rng.randint(10**8, 10**9) for _ in range(ng)]     # cookies mostly too small
        cookies = [rng.randint(1, 2 * 10**8) for _ in range(nc)]
    return [greed, cookies]
