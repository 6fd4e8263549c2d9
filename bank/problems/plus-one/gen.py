def generate(n, rng):
    """Arguments for a test of size n (the number of digits); rng is a random.Random."""
    style = rng.randrange(3)
    if style == 0:
        digits = [9] * n                                  # carry across every digit
    elif style == 1:
        k = rng.randint(0, n - 1)                         # a long run of trailing 9s
        digits = [rng.randint(0, 9) for _ in range(n - k)] + [9] * k
        if digits[-1 - k] == 9 and k < n:
            digits[-1 - k] = rng.randint(0, 8)
    else:
        digits = [rng.randint(0, 9) for _ in range(n)]
    if n > 1 and digits[0] == 0:
        digits[0] = rng.randint(1, 9)
    return [digits]
