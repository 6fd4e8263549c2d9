from math import isqrt

TOP = 10**5


def generate(n, rng):
    """Arguments for a test of size n (about n cells, as square as possible, at most 200 x 200);
    rng is a random.Random."""
    n = max(1, min(40000, n))
    rows = max(1, isqrt(n))
    cols = max(1, min(200, n // rows))
    style = rng.randrange(3)
    if style == 0:
        # Random heights from a small or a large range: small ranges make wide plateaus.
        top = rng.choice((2, 10, TOP))
        grid = [[rng.randint(0, top) for _ in range(cols)] for _ in range(rows)]
    elif style == 1:
        # A basin: a high wall around the border and a low flat floor inside. No floor cell
        # reaches either ocean, and a search from each floor cell covers the whole floor.
        wall = rng.randint(TOP // 2, TOP)
        floor = rng.randint(0, wall - 1)
        grid = [[floor] * cols for _ in range(rows)]
        for r in range(rows):
            grid[r][0] = grid[r][cols - 1] = wall
        grid[0] = [wall] * cols
        grid[rows - 1] = [wall] * cols
    else:
        # A mountain: heights fall away from a random peak, with a little noise.
        pr, pc = rng.randrange(rows), rng.randrange(cols)
        step = rng.randint(1, 5)
        grid = [[max(0, TOP - step * (abs(r - pr) + abs(c - pc)) - rng.randint(0, step))
                 for c in range(cols)] for r in range(rows)]
    return [grid]
