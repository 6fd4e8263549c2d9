from math import isqrt


def generate(n, rng):
    """Arguments for a test of size n (about n cells, as square as possible), a grid holding
    exactly one island; rng is a random.Random."""
    n = max(1, n)
    rows = max(1, isqrt(n))
    cols = max(1, n // rows)
    style = rng.randrange(3)
    if style == 0:
        # A random blob grown from one cell: irregular coast, bays and lakes.
        grid = [[0] * cols for _ in range(rows)]
        target = rng.randint(max(1, rows * cols // 3), rows * cols)
        start = (rng.randrange(rows), rng.randrange(cols))
        frontier = [start]
        queued = {start}
        land = 0
        while frontier and land < target:
            i = rng.randrange(len(frontier))
            frontier[i], frontier[-1] = frontier[-1], frontier[i]
            r, c = frontier.pop()
            grid[r][c] = 1
            land += 1
            for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                if 0 <= nr < rows and 0 <= nc < cols and (nr, nc) not in queued:
                    queued.add((nr, nc))
                    frontier.append((nr, nc))
    elif style == 1:
        # All land: one island covering the whole map.
        grid = [[1] * cols for _ in range(rows)]
    else:
        # A serpentine: full rows joined at alternating ends, a very long coastline.
        grid = []
        for r in range(rows):
            if r % 2 == 0:
                grid.append([1] * cols)
            else:
                row = [0] * cols
                row[-1 if r % 4 == 1 else 0] = 1
                grid.append(row)
    return [grid]
