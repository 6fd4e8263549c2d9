def generate(n, rng):
    """Arguments for a test of size n (about n cells in all); rng is a random.Random."""
    n = max(1, n)
    style = rng.randrange(3)
    if style == 0:
        cols = max(1, int(n ** 0.5))       # square-ish
    elif style == 1:
        cols = n                           # a single long row
    else:
        cols = max(1, min(n, 3))           # tall and narrow
    rows = max(1, n // cols)
    total = rows * cols
    # Strictly increasing values in row-major order, with a gap after each value.
    step = (2 * 10**9) // total
    flat = [-10**9 + k * step + rng.randrange(max(1, step - 1)) for k in range(total)]
    matrix = [flat[r * cols:(r + 1) * cols] for r in range(rows)]
    if rng.random() < 0.5:
        target = flat[rng.randrange(total)]
    else:
        target = flat[rng.randrange(total)] + 1      # falls in a gap: absent
    return [matrix, target]
