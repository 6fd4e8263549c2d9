def generate(n, rng):
    """n words; rng is a random.Random. Each word is a shuffle of one of g base words; the
    style picks many small groups, a few big ones, or long words."""
    n = max(1, n)
    alphabet = "abcdefghijklmnopqrstuvwxyz"
    style = rng.randrange(3)
    if style == 0:
        # Mostly distinct short words: about n groups (the worst case for pairwise grouping).
        g, lo, hi = n, 3, 10
    elif style == 1:
        # A few large groups of medium words.
        g, lo, hi = max(1, n // 50), 5, 20
    else:
        # Long words near the length limit, groups of about 4.
        g, lo, hi = max(1, n // 4), 90, 100
    bases = []
    for _ in range(g):
        length = rng.randint(lo, hi)
        bases.append([rng.choice(alphabet) for _ in range(length)])
    words = []
    for _ in range(n):
        w = bases[rng.randrange(g)][:]
        rng.shuffle(w)
        words.append("".join(w))
    return [words]
