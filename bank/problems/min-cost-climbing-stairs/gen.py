def generate(n, rng):
    """Arguments for a test of size n (the number of steps, at least 2); rng is a random.Random."""
    n = max(n, 2)
    style = rng.randrange(3)
    if style == 0:
        cost = [rng.randint(0, 1000) for _ in range(n)]
    elif style == 1:
        cost = [rng.choice((0, 1000)) for _ in range(n)]          # cheap or expensive
    else:
        cost = [1000 if i % 3 == 1 else rng.randint(0, 5) for i in range(n)]   # a trap every third step
    return [cost]
