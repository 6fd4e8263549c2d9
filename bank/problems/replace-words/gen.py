LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _word(rng, lo, hi):
    return "".join(rng.choice(LETTERS) for _ in range(rng.randint(lo, hi)))


def generate(n, rng):
    """A sentence of n words; at most 1000 roots, most words built on a root."""
    n = max(1, n)
    roots = sorted({_word(rng, 3, 7) for _ in range(min(n, 950))})
    rng.shuffle(roots)
    # A few long roots, and roots that extend other roots, so the shortest must win.
    for i in range(min(len(roots) // 4, 50)):
        roots.append(roots[i] + _word(rng, 1, 4))
    words = []
    for _ in range(n):
        r = rng.random()
        if r < 0.7:
            words.append(rng.choice(roots) + _word(rng, 0, 4))
        else:
            words.append(_word(rng, 1, 9))
    return [roots, " ".join(words)]
