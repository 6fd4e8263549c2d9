LETTERS = "abcdefghijklmnopqrstuvwxyz"


def generate(n, rng):
    """n words sorted under a random alphabet; sometimes made impossible."""
    n = max(1, min(n, 10**4))
    k = rng.randint(2, 26)
    alphabet = rng.sample(LETTERS, k)
    rank = {c: i for i, c in enumerate(alphabet)}
    words = []
    for _ in range(n):
        length = rng.randint(1, 20)
        words.append("".join(rng.choice(alphabet) for _ in range(length)))
    words.sort(key=lambda w: [rank[c] for c in w])
    style = rng.randrange(4)
    if style == 1 and n >= 2:
        # Add a contradiction: a pair of neighbours that reverses a constraint.
        a, b = alphabet[0], alphabet[1]
        i = rng.randrange(n)
        words[i:i] = [b + a, a + b]
    elif style == 2 and n >= 2:
        # A word followed by its own proper prefix.
        i = rng.randrange(n)
        w = words[i] + alphabet[-1]
        words[i:i + 1] = [w, w[:-1]] if len(w) > 1 else [w]
    return [words[:10**4]]
