def generate(n, rng):
    """Arguments for a test of size n (the number of houses); rng is a random.Random."""
    style = rng.randrange(3)
    if style == 0:
        nums = [rng.randint(0, 10**4) for _ in range(n)]
    elif style == 1:
        # Rich and poor houses alternate irregularly, so greedy patterns fail.
        nums = [rng.randint(9000, 10**4) if rng.random() < 0.4 else rng.randint(0, 100) for _ in range(n)]
    else:
        # Many equal values with a few zeros.
        nums = [0 if rng.random() < 0.1 else 10**4 for _ in range(n)]
    return [nums]
