PAIRS = [(1000, 'M'), (900, 'CM'), (500, 'D'), (400, 'CD'), (100, 'C'), (90, 'XC'),
         (50, 'L'), (40, 'XL'), (10, 'X'), (9, 'IX'), (5, 'V'), (4, 'IV'), (1, 'I')]


def to_roman(x):
    out = []
    for value, sym in PAIRS:
        while x >= value:
            out.append(sym)
            x -= value
    return ''.join(out)


BY_LENGTH = {}
for _v in range(1, 4000):
    BY_LENGTH.setdefault(len(to_roman(_v)), []).append(_v)


def generate(n, rng):
    """Arguments for a test of size n (the length of the numeral, 1..15); rng is a random.Random."""
    n = max(1, min(n, 15))
    return [to_roman(rng.choice(BY_LENGTH[n]))]
