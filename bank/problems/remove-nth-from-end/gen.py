def generate(n, rng):
    """Arguments for a test of size n (the number of nodes); rng is a random.Random."""
    size = max(1, n)
    style = rng.randrange(3)
    values = [rng.randint(-10**9, 10**9) for _ in range(size)]
    if style == 0:
        k = rng.randint(1, size)          # somewhere in the middle
    elif style == 1:
        k = size                          # the head itself
    else:
        k = 1                             # the last node
    return [values, k]
