def generate(n, rng):
    """Arguments for a test of size n (about n rows and n columns); rng is a random.Random."""
    n = max(1, min(500, n))
    style = rng.randrange(3)
    if style == 0:
        rows, cols = n, n
    elif style == 1:
        rows, cols = n, max(1, n * 2 // 3)
    else:
        rows, cols = max(1, n // 3), n
    if style == 2:
        # Distinct values in reading order: any misplaced cell shows.
        matrix = [[r * cols + c for c in range(cols)] for r in range(rows)]
    else:
        matrix = [[rng.randint(-10**9, 10**9) for _ in range(cols)] for _ in range(rows)]
    return [matrix]
