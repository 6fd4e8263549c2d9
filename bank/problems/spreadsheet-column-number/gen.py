import string

LETTERS = string.ascii_uppercase
MAX_LENGTH = 13


def generate(n, rng):
    """Arguments for a test of size n (the length of the title, 1..13); rng is a random.Random."""
    n = max(1, min(n, MAX_LENGTH))
    style = rng.randrange(4)
    if style == 0:
        # Mostly high letters, so the answer is near the top of the length's range.
        title = "".join(rng.choice("WXYZ") for _ in range(n))
    elif style == 1:
        # Mostly A and Z, where off-by-one mistakes show.
        title = "".join(rng.choice("AZ") for _ in range(n))
    else:
        title = "".join(rng.choice(LETTERS) for _ in range(n))
    return [title]
