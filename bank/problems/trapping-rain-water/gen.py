def generate(n, rng):
    """n bar heights; rng is a random.Random. The style picks random bars, a valley (tall at
    both ends, deep in the middle: a huge lake), or a rough mountain (little water)."""
    n = max(1, n)
    top = 100_000
    style = rng.randrange(3)
    if style == 0:
        heights = [rng.randint(0, top) for _ in range(n)]
    elif style == 1:
        heights = [min(top, abs(2 * i - n) * top // max(1, n) + rng.randint(0, 50)) for i in range(n)]
    else:
        heights = [max(0, top - abs(2 * i - n) * top // max(1, n) - rng.randint(0, 50)) for i in range(n)]
    return [heights]
