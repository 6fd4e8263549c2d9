def _number(length, rng):
    """Digits of a random number with `length` digits, least significant first."""
    if length == 1:
        return [rng.randint(0, 9)]
    return [rng.randint(0, 9) for _ in range(length - 1)] + [rng.randint(1, 9)]


def generate(n, rng):
    """Arguments for a test of size n (the number of digits of the longer number);
    rng is a random.Random."""
    n = max(1, n)
    style = rng.randrange(3)
    if style == 0:
        # Two random numbers of the same length.
        a, b = _number(n, rng), _number(n, rng)
    elif style == 1:
        # A long number plus a short one.
        a, b = _number(n, rng), _number(rng.randint(1, max(1, min(n, 10))), rng)
        if rng.random() < 0.5:
            a, b = b, a
    else:
        # 99...9 plus a small number: the carry runs through every digit.
        a, b = [9] * n, _number(rng.randint(1, max(1, min(n, 3))), rng)
        b[0] = max(1, b[0])
    return [a, b]
