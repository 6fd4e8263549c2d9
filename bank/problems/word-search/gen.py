import math


def _walk(rows, cols, length, rng):
    """A random path of distinct adjacent cells, as long as possible up to length."""
    best = []
    for _ in range(20):
        r, c = rng.randrange(rows), rng.randrange(cols)
        path, seen = [(r, c)], {(r, c)}
        while len(path) < length:
            steps = [(r + dr, c + dc) for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1))
                     if 0 <= r + dr < rows and 0 <= c + dc < cols and (r + dr, c + dc) not in seen]
            if not steps:
                break
            r, c = rng.choice(steps)
            path.append((r, c))
            seen.add((r, c))
        if len(path) > len(best):
            best = path
        if len(best) == length:
            break
    return best


def generate(n, rng):
    """Arguments for a test of size n (the number of cells, at most 2500); rng is a random.Random."""
    n = max(1, min(2500, n))
    rows = max(1, math.isqrt(n))
    cols = max(1, min(50, n // rows))
    length = min(12, rows * cols)
    style = rng.randrange(3)
    if style == 0:
        # A word traced along a random path of a board over three letters: present.
        board = [[rng.choice("ABC") for _ in range(cols)] for _ in range(rows)]
        word = "".join(board[r][c] for r, c in _walk(rows, cols, length, rng))
    elif style == 1:
        # A board of A and B with a C in two opposite corners; the word runs from C to C,
        # which on a large board is too far apart for it: absent.
        board = [[rng.choice("AB") for _ in range(cols)] for _ in range(rows)]
        board[0][0] = "C"
        board[-1][-1] = "C"
        word = "C" + "".join(rng.choice("AB") for _ in range(max(0, length - 2))) + "C"
        word = word[:length]
    else:
        # A board of A and B with a single C; the word is random A/B ending in C. A search
        # that starts from the word's first letter explores many A/B paths.
        board = [[rng.choice("AB") for _ in range(cols)] for _ in range(rows)]
        board[rng.randrange(rows)][rng.randrange(cols)] = "C"
        word = "".join(rng.choice("AB") for _ in range(length - 1)) + "C"
    return [board, word]
