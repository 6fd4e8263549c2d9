def generate(n, rng):
    """Arguments for a test of size n (the number of digits); rng is a random.Random."""
    n = max(1, n)
    style = rng.randrange(3)
    if style == 0:
        # Only 1s and 2s: every adjacent pair can be read both ways, the count explodes.
        digits = [rng.choice("12") for _ in range(n)]
    elif style == 1:
        # Mostly ambiguous digits, with zeros placed only after a 1 or a 2: the count is not 0.
        digits = []
        while len(digits) < n:
            if len(digits) + 2 <= n and rng.random() < 0.1:
                digits += [rng.choice("12"), "0"]
            else:
                digits.append(rng.choice("1112223456789"))
    else:
        # Digits 1 to 9 at random: fewer ambiguous pairs, no zeros.
        digits = [rng.choice("123456789") for _ in range(n)]
    return ["".join(digits)]
