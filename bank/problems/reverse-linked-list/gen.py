def generate(n, rng):
    """Arguments for a test of size n (the number of nodes); rng is a random.Random."""
    style = rng.randrange(3)
    if style == 0:
        values = [rng.randint(-10**9, 10**9) for _ in range(n)]
    elif style == 1:
        values = sorted(rng.randint(-10**9, 10**9) for _ in range(n))
    else:
        values = [rng.randint(-3, 3)] * n
    return [values]
