import math


def generate(n, rng):
    """Arguments for a test of size n (the magnitude of the exponent); rng is a random.Random."""
    n = max(1, min(2**31 - 1, n))
    exponent = n if rng.random() < 0.5 else -n
    # Choose the size of the result first, e^target with |result| <= 10^4, then the base that
    # gives it: |x| = e^(target / exponent), which stays below 100 in magnitude.
    limit = min(9.2, 4.5 * n)
    target = rng.uniform(-limit, limit)
    x = math.exp(target / exponent)
    if rng.random() < 0.5:
        x = -x
    return [x, exponent]
