def generate(n, rng):
    """Arguments for a test of size n (the number of nodes); rng is a random.Random."""
    style = rng.randrange(3)
    lo, hi = (-10**9, 10**9) if rng.random() < 0.5 else (0, 2)
    half = [rng.randint(lo, hi) for _ in range(n // 2)]
    middle = [rng.randint(lo, hi)] if n % 2 else []
    values = half + middle + half[::-1]
    if style == 1 and n >= 2:
        # break the symmetry in exactly one place, near the middle
        k = n // 2 - 1
        other = values[n - 1 - k]
        values[k] = other + 1 if other < hi else other - 1
    elif style == 2:
        values = [rng.randint(lo, hi) for _ in range(n)]
    return [values]
