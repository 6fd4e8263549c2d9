from math import isqrt


def generate(n, rng):
    """Arguments for a test of size n (the number of cells, at most 300 * 300); rng is a random.Random."""
    n = max(1, n)
    rows = max(1, isqrt(n))
    cols = max(1, min(300, n // rows))
    style = rng.randrange(3)
    if style == 0:
        # one colour nearly everywhere: the fill covers almost the whole image
        image = [[0 if rng.random() < 0.97 else 1 for _ in range(cols)] for _ in range(rows)]
    elif style == 1:
        # a winding one-pixel-wide corridor of colour 3 on a background of 9
        image = [[9] * cols for _ in range(rows)]
        for r in range(0, rows, 2):
            for c in range(cols):
                image[r][c] = 3
            if r + 1 < rows:
                image[r + 1][cols - 1 if (r // 2) % 2 == 0 else 0] = 3
    else:
        # a few random colours: many small regions
        image = [[rng.randrange(3) for _ in range(cols)] for _ in range(rows)]
    sr = rng.randrange(rows)
    sc = rng.randrange(cols)
    if style == 1:
        sr, sc = 0, 0
    color = rng.choice([image[sr][sc], rng.randrange(2**16)]) if rng.random() < 0.2 else rng.randrange(4, 2**16)
    return [image, sr, sc, color]
