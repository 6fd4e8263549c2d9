LETTERS = "abcdefghijklmnopqrstuvwxyz"


def generate(n, rng):
    """n distinct products over a small alphabet (long shared prefixes) and a long query."""
    n = max(1, n)
    alphabet = LETTERS[: rng.randint(3, 6)]
    products = set()
    while len(products) < n:
        products.add("".join(rng.choice(alphabet) for _ in range(rng.randint(1, 20))))
    products = sorted(products)
    rng.shuffle(products)
    base = max(products, key=len)
    m = min(1000, max(1, n))
    typed = base[:m]
    while len(typed) < m:
        typed += rng.choice(alphabet)
    return [products, typed]
