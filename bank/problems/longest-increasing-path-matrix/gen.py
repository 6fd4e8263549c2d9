from math import isqrt

LOW, HIGH = -2**31, 2**31 - 1


def generate(n, rng):
    """Arguments for a test of size n (about n cells, as square as possible, at most 4 * 10^4);
    rng is a random.Random."""
    n = max(1, min(4 * 10**4, n))
    rows = max(1, isqrt(n))
    cols = max(1, n // rows)
    style = rng.randrange(4)
    if style == 0:
        # Random values from a small range: many equal neighbours, which never continue a path.
        top = rng.randint(5, 50)
        grid = [[rng.randint(-top, top) for _ in range(cols)] for _ in range(rows)]
    elif style == 1:
        # One strictly increasing serpentine through every cell, reversed at random:
        # the answer is rows * cols.
        step = (HIGH - LOW) // (rows * cols)
        grid = [[0] * cols for _ in range(rows)]
        value = LOW + rng.randint(0, step - 1)
        order = []
        for r in range(rows):
            order.extend((r, c) for c in (range(cols) if r % 2 == 0 else range(cols - 1, -1, -1)))
        if rng.random() < 0.5:
            order.reverse()
        for r, c in order:
            grid[r][c] = value
            value += rng.randint(1, step)
    elif style == 2:
        # A ramp rising to the bottom-right with noise smaller than one step: every monotone
        # staircase path increases, so there are exponentially many longest paths.
        k = rng.randint(2, 1000)
        base = rng.randint(LOW, HIGH - k * (rows + cols))
        grid = [[base + k * (r + c) + rng.randrange(k) for c in range(cols)] for r in range(rows)]
    else:
        # A slope centred on zero with noise twice its step: long winding paths that sometimes
        # turn up or left, between many local peaks.
        k = rng.randint(2, 1000)
        base = -k * (rows + cols) // 2
        grid = [[base + k * (r + c) + rng.randint(0, 2 * k) for c in range(cols)] for r in range(rows)]
    return [grid]
