import string

ALPHABET = string.ascii_letters + string.digits


def generate(n, rng):
    """Arguments for a test of size n (the length of s); rng is a random.Random."""
    style = rng.randrange(3)
    if style == 0:
        space_rate = 0.2            # ordinary words, sometimes several spaces in a row
    elif style == 1:
        space_rate = 0.6            # mostly spaces, short words
    else:
        space_rate = 0.02           # few long words
    chars = [' ' if rng.random() < space_rate else rng.choice(ALPHABET) for _ in range(n)]
    return [''.join(chars)]
