def generate(n, rng):
    """Arguments for a test of size n (the length of the list); rng is a random.Random."""
    values = sorted(rng.sample(range(-10**9, 10**9 + 1), n))
    style = rng.randrange(3)
    if style == 0:
        k = rng.randrange(n)            # any rotation
    elif style == 1:
        k = rng.choice([0, 1, n - 1])   # rotation at an edge
    else:
        k = n // 2 + rng.choice([-1, 0, 1]) if n > 2 else 0
    k %= n
    return [values[k:] + values[:k]]
