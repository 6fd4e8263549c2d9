def generate(n, rng):
    """Arguments for a test of size n (the number of nodes); rng is a random.Random."""
    size = max(1, n)
    style = rng.randrange(4)
    values = [rng.randint(-10**9, 10**9) for _ in range(size)]
    if style == 0:
        k = rng.randint(1, size)              # any group size, usually with leftovers
    elif style == 1:
        k = min(2, size)                      # many tiny groups
    elif style == 2:
        k = size                              # one group: the whole list reversed
    else:
        k = max(1, int(size ** 0.5))          # about sqrt(n) groups of sqrt(n) nodes
    return [values, k]
