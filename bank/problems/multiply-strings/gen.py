def generate(n, rng):
    """Arguments for a test of size n (the length of the longer number); rng is a random.Random."""
    n = max(1, min(n, 1000))
    style = rng.randrange(3)

    def number(length, nines=False):
        if nines:
            return "9" * length
        if length == 1:
            return str(rng.randint(0, 9))
        return str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(length - 1))

    if style == 0:
        return [number(n), number(n)]
    if style == 1:
        return [number(n, nines=True), number(n, nines=True)]   # the most carrying
    return [number(n), number(rng.randint(1, n))]
