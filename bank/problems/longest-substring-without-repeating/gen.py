PRINTABLE = [chr(c) for c in range(32, 127)]


def generate(n, rng):
    """Arguments for a test of size n (the string's length); rng is a random.Random."""
    style = rng.randrange(3)
    if style == 0:
        # Uniformly random printable characters.
        s = "".join(rng.choice(PRINTABLE) for _ in range(n))
    elif style == 1:
        # One random permutation of the whole alphabet, repeated, with an occasional swap of
        # two neighbours: windows of 90 to 95 characters start almost everywhere.
        perm = PRINTABLE[:]
        rng.shuffle(perm)
        out = []
        while len(out) < n:
            block = perm[:]
            if rng.random() < 0.5:
                i = rng.randrange(len(block) - 1)
                block[i], block[i + 1] = block[i + 1], block[i]
            out.extend(block)
        s = "".join(out[:n])
    else:
        # A small alphabet with long runs of one letter.
        out = []
        while len(out) < n:
            out.append(rng.choice("abcde") * rng.randint(1, 50))
        s = "".join(out)[:n]
    return [s]
