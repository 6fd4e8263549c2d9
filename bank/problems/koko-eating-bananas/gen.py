def generate(n, rng):
    """Arguments for a test of size n (the number of piles); rng is a random.Random."""
    n = max(1, n)
    style = rng.randrange(3)
    piles = [rng.randint(1, 10**9) for _ in range(n)]
    if style == 0:
        h = n                                  # one hour per pile: the answer is the biggest pile
    elif style == 1:
        h = rng.randint(n, min(10**9, 3 * n))  # a little slack: the answer is still large
    else:
        h = 10**9                              # plenty of time: a small speed suffices
    return [piles, h]
