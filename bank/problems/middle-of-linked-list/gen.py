def generate(n, rng):
    """Arguments for a test of size n (the number of nodes); rng is a random.Random."""
    style = rng.randrange(3)
    if style == 0:
        values = [rng.randint(-10**9, 10**9) for _ in range(n)]
    elif style == 1:
        values = list(range(n))
    else:
        values = [rng.randint(-2, 2) for _ in range(n)]
    return [values]
