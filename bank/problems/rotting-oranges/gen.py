import math


def generate(n, rng):
    """Arguments for a test of size n (the number of cells, at most 90000); rng is a random.Random."""
    n = max(1, min(90000, n))
    rows = max(1, min(300, math.isqrt(n)))
    cols = max(1, min(300, n // rows))
    style = rng.randrange(3)
    if style == 0:
        # Mostly fresh, a few empty cells and a few rotten ones scattered: a short wait, or -1
        # when some fresh orange is walled in.
        grid = [[rng.choices((0, 1, 2), (3, 96, 1))[0] for _ in range(cols)] for _ in range(rows)]
    elif style == 1:
        # A serpentine corridor of fresh oranges between walls of empty cells, rotten at one end:
        # the rot needs about half the cells' count in minutes.
        grid = [[1] * cols for _ in range(rows)]
        for r in range(1, rows, 2):
            grid[r] = [0] * cols
            grid[r][cols - 1 if r % 4 == 1 else 0] = 1
        grid[0][0] = 2
    else:
        # All fresh except one rotten orange in a random cell.
        grid = [[1] * cols for _ in range(rows)]
        grid[rng.randrange(rows)][rng.randrange(cols)] = 2
    return [grid]
