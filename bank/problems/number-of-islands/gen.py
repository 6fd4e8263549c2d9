from math import isqrt


def generate(n, rng):
    """Arguments for a test of size n (about n cells, as square as possible); rng is a random.Random."""
    rows = max(1, isqrt(n))
    cols = max(1, n // rows)
    style = rng.randrange(3)
    if style == 0:
        # Random land with a density near the percolation threshold: islands of every size.
        p = rng.uniform(0.4, 0.6)
        grid = [[1 if rng.random() < p else 0 for _ in range(cols)] for _ in range(rows)]
    elif style == 1:
        # All land: a single island covering the whole map.
        grid = [[1] * cols for _ in range(rows)]
    else:
        # A serpentine: full rows joined at alternating ends; one island, one very long path.
        grid = []
        for r in range(rows):
            if r % 2 == 0:
                grid.append([1] * cols)
            else:
                row = [0] * cols
                row[-1 if r % 4 == 1 else 0] = 1
                grid.append(row)
    return [grid]
