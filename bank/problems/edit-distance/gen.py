import string


def generate(n, rng):
    """Arguments for a test of size n (the length of both strings); rng is a random.Random."""
    n = max(1, min(1000, n))
    style = rng.randrange(3)
    if style == 0:
        # Two unrelated random strings.
        a = "".join(rng.choice(string.ascii_lowercase) for _ in range(n))
        b = "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(max(1, n // 2), n)))
    elif style == 1:
        # b is a after a batch of random edits: a small distance between long strings.
        a = "".join(rng.choice("abcdef") for _ in range(n))
        chars = list(a)
        for _ in range(max(1, n // 20)):
            kind = rng.randrange(3)
            pos = rng.randrange(len(chars) + 1)
            if kind == 0 or not chars:
                chars.insert(pos, rng.choice("abcdef"))
            elif kind == 1:
                del chars[min(pos, len(chars) - 1)]
            else:
                chars[min(pos, len(chars) - 1)] = rng.choice("abcdef")
        b = "".join(chars[:1000])
    else:
        # One repeated letter against a two-letter pattern: many equal-cost choices.
        a = "a" * n
        b = "".join(rng.choice("ab") for _ in range(n))
    if rng.random() < 0.5:
        a, b = b, a
    return [a, b]
