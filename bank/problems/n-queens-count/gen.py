def generate(n, rng):
    """Arguments for a test of size n: an n x n board (n capped at 12, the largest allowed)
    with a few random blocked squares. Few blocks keep the search close to its worst case."""
    n = max(1, min(12, n))
    cells = [[r, c] for r in range(n) for c in range(n)]
    blocked = sorted(rng.sample(cells, rng.randint(0, n // 3)))
    return [n, blocked]
