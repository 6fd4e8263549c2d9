import string


def generate(n, rng):
    """Arguments for a test of size n (the length of both strings); rng is a random.Random."""
    n = max(1, min(1000, n))
    style = rng.randrange(3)
    if style == 0:
        # Random strings over the whole alphabet.
        alphabet = string.ascii_lowercase
        a = "".join(rng.choice(alphabet) for _ in range(n))
        b = "".join(rng.choice(alphabet) for _ in range(n))
    elif style == 1:
        # b is a with about a tenth of the characters changed: a long common subsequence.
        a = "".join(rng.choice("abcd") for _ in range(n))
        b = "".join(rng.choice("abcd") if rng.random() < 0.1 else ch for ch in a)
    else:
        # Two letters only, lengths differ: many ties between the two choices.
        a = "".join(rng.choice("ab") for _ in range(n))
        b = "".join(rng.choice("ab") for _ in range(max(1, n * 2 // 3)))
    return [a, b]
