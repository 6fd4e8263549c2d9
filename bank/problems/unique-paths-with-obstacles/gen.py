def generate(n, rng):
    """Arguments for a test of size n (about n rows and n columns); rng is a random.Random."""
    n = max(1, min(500, n))
    rows, cols = n, rng.randint(max(1, n * 3 // 4), n)
    if rng.random() < 0.5:
        rows, cols = cols, rows
    style = rng.randrange(3)
    if style == 0:
        # Scattered rocks (about 1 cell in 20).
        grid = [[1 if rng.random() < 0.05 else 0 for _ in range(cols)] for _ in range(rows)]
    elif style == 1:
        # Walls of rocks every few rows, each with a few gaps that every route must use.
        # The leftmost gap never moves left, so some route always gets through.
        grid = [[0] * cols for _ in range(rows)]
        low = 0
        for r in range(2, rows - 1, 4):
            grid[r] = [1] * cols
            gaps = [min(cols - 1, low + rng.randint(0, 3))]
            gaps += [rng.randrange(low, cols) for _ in range(rng.randint(0, 2))]
            for c in gaps:
                grid[r][c] = 0
            low = min(gaps)
    else:
        # A free grid: the count is a huge binomial coefficient.
        grid = [[0] * cols for _ in range(rows)]
    grid[0][0] = 0
    grid[-1][-1] = 0
    return [grid]
