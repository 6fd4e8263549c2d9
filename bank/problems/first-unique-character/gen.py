import string

REPEATED = string.ascii_lowercase[:25]     # 'a'..'y'


def generate(n, rng):
    """Arguments for a test of size n (the length of s); rng is a random.Random."""
    style = rng.randrange(3)
    if style == 2 or n < 4:
        return [''.join(rng.choice(string.ascii_lowercase) for _ in range(n))]
    # every letter of 'a'..'y' that is used appears at least twice
    m = n - 1 if style == 0 else n
    half = [rng.choice(REPEATED) for _ in range(m // 2)]
    chars = half + half
    if m % 2:
        chars.append(half[0])
    rng.shuffle(chars)
    if style == 0:
        # one unique 'z', late in the string
        pos = rng.randint(n - 1 - n // 10, n - 1)
        chars.insert(pos, 'z')
    return [''.join(chars)]
