def generate(n, rng):
    """A pattern and a text of length n; rng is a random.Random. The style picks a long
    pattern hidden near the end of the text (True), a long pattern with one letter the text
    never uses (False), or a short pattern over the whole alphabet."""
    n = max(1, n)
    style = rng.randrange(3)
    if style in (0, 1):
        text = [rng.choice("abc") for _ in range(n)]
        m = max(1, n // 2)
        start = n - m - rng.randrange(max(1, n // 20))
        start = max(0, start)
        pattern = text[start:start + m]
        rng.shuffle(pattern)
        if style == 1:
            pattern[rng.randrange(m)] = "z"
    else:
        alphabet = "abcdefghijklmnopqrstuvwxyz"
        text = [rng.choice(alphabet) for _ in range(n)]
        m = rng.randint(1, min(n, 6))
        pattern = [rng.choice(alphabet) for _ in range(m)]
    return ["".join(pattern), "".join(text)]
