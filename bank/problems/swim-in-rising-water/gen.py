from math import isqrt


def generate(n, rng):
    """Arguments for a test of size n (about n cells, as square as possible, at most 4 * 10^4);
    rng is a random.Random."""
    n = max(1, min(4 * 10**4, n))
    rows = max(1, isqrt(n))
    cols = max(1, n // rows)
    style = rng.randrange(3)
    if style == 0:
        # Independent random elevations over the whole range, with repeats.
        grid = [[rng.randint(0, 10**9) for _ in range(cols)] for _ in range(rows)]
    elif style == 1:
        # Every elevation from 0 to rows * cols - 1 exactly once, shuffled.
        values = list(range(rows * cols))
        rng.shuffle(values)
        grid = [values[r * cols:(r + 1) * cols] for r in range(rows)]
    else:
        # A serpentine channel of low, rising elevations between high walls: the best route
        # winds through about half of the grid, moving left as well as right.
        wall_low = 5 * 10**8
        grid = [[rng.randint(wall_low, 10**9) for _ in range(cols)] for _ in range(rows)]
        path = []
        for r in range(rows):
            if r % 2 == 0:
                path.extend((r, c) for c in (range(cols) if r % 4 == 0 else range(cols - 1, -1, -1)))
            else:
                path.append((r, cols - 1 if r % 4 == 1 else 0))
        level = 0
        for r, c in path:
            level += rng.randint(0, 3)
            grid[r][c] = level
        # The goal sits in the wall unless the channel happens to end there.
        if rng.random() < 0.5:
            grid[rows - 1][cols - 1] = rng.randint(0, level)
    return [grid]
