import string

ALPHABET = string.ascii_lowercase + string.digits


def generate(n, rng):
    """Arguments for a test of size n (the length of s, at most 1000); rng is a random.Random."""
    n = max(1, min(1000, n))
    style = rng.randrange(3)
    if style == 0:
        # One character almost everywhere, a few others sprinkled in: long palindromes at
        # nearly every centre, the worst case for expanding (and for checking substrings).
        c = rng.choice(ALPHABET)
        chars = [c] * n
        for _ in range(rng.randrange(4)):
            chars[rng.randrange(n)] = rng.choice(ALPHABET)
    elif style == 1:
        # Two letters, either periodic (abab...) or random with many short palindromes.
        a, b = rng.sample(ALPHABET, 2)
        if rng.random() < 0.5:
            chars = [a if i % 2 == 0 else b for i in range(n)]
            if n > 2:
                chars[rng.randrange(n)] = rng.choice(ALPHABET)
        else:
            chars = [rng.choice((a, b)) for _ in range(n)]
    else:
        # Random text with two planted palindromes of the same length: the leftmost must win.
        chars = [rng.choice(ALPHABET) for _ in range(n)]
        length = rng.randint(1, max(1, n // 4))
        if 2 * length <= n:
            starts = sorted(rng.sample(range(n - 2 * length + 1), 1))
            first = starts[0]
            second = rng.randrange(first + length, n - length + 1)
            for start in (first, second):
                half = [rng.choice(ALPHABET) for _ in range((length + 1) // 2)]
                pal = half + half[::-1][length % 2:]
                chars[start:start + length] = pal
    return ["".join(chars)]
