PRINTABLE = [chr(c) for c in range(32, 127)]


def generate(n, rng):
    """Arguments for a test of size n (the string's length); rng is a random.Random."""
    style = rng.randrange(3)
    if style == 0:
        # Uniformly random printable characters.
        s = "".join(rng.choice(PRINTABLE) for _ in range(n))
    elif style == 1:
        # Back-to-back random permutations of the whole alphabet: long windows everywhere.
        out = []
        while len(out) < n:
            block = PRINTABLE[:]
            rng.shuffle(block)
            out.extend(block)
        s = "".join(out[:n])
    else:
        # A small alphabet with long runs of one letter.
        out = []
        while len(out) < n:
            out.append(rng.choice("abcde") * rng.randint(1, 50))
        s = "".join(out)[:n]
    return [s]
