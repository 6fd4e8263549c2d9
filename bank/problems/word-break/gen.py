def _word(rng, alphabet, length):
    return "".join(rng.choice(alphabet) for _ in range(length))


def _concatenation(rng, alphabet, n):
    """A string of length n made of dictionary words, and that dictionary."""
    words = sorted({_word(rng, alphabet, rng.randint(2, 8)) for _ in range(300)})
    pieces, total = [], 0
    while total < n:
        w = rng.choice(words)
        if total + len(w) > n:
            w = _word(rng, alphabet, n - total)    # a last piece of exactly the length left
            words.append(w)
        pieces.append(w)
        total += len(w)
    rng.shuffle(words)
    return "".join(pieces), words


def generate(n, rng):
    """Arguments for a test of size n (the length of s); rng is a random.Random."""
    n = max(1, min(10**4, n))
    style = rng.randrange(3)
    if style == 0:
        # s is a concatenation of dictionary words over {a, b, c}: always True.
        return list(_concatenation(rng, "abc", n))
    if style == 1:
        # "aaa...ab" against a, aa, aaa, ...: False, and every split of the a's is tried.
        return ["a" * (n - 1) + "b", ["a" * k for k in range(1, min(20, n) + 1)]]
    # Words over {a, b} glued together, then the last letter becomes a "c" that no word has:
    # False, but only at the very end, after many ambiguous splits.
    s, words = _concatenation(rng, "ab", n)
    return [s[:-1] + "c", words]
