def generate(n, rng):
    """Arguments for a test of size n (the length of the string); rng is a random.Random."""
    style = rng.randrange(3)
    sign = rng.choice(["", "+", "-"])
    if style == 0:
        # Spaces, a sign, many leading zeros and a value that fits.
        body = str(rng.randint(0, 2**31 - 1))
        spaces = rng.randint(0, max(0, (n - len(body) - 1) // 2))
        zeros = max(0, n - spaces - len(sign) - len(body))
        s = " " * spaces + sign + "0" * zeros + body
    elif style == 1:
        # A huge number of digits: must clamp.
        s = sign + str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(n))
    else:
        # Random characters from the allowed alphabet.
        alphabet = "abcxyzABC0123456789    +-."
        s = "".join(rng.choice(alphabet) for _ in range(n))
    return [s[:n]]
