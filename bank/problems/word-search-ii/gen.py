def generate(n, rng):
    """Arguments for a test of size n (the number of words) on a 12 x 12 board;
    rng is a random.Random."""
    n = max(1, n)
    style = rng.randrange(3)
    rows = cols = 12
    if style == 0:
        letters = "abcdefghijklmnopqrstuvwxyz"     # full alphabet
    elif style == 1:
        letters = "abcdefgh"                       # a few letters: many shared prefixes
    else:
        letters = "abcdefgh"
    board = [[rng.choice(letters) for _ in range(cols)] for _ in range(rows)]
    if style == 2:
        # A checkerboard of a and b with a few other letters: "abab..." can be read along
        # a huge number of paths, and every word starts that way before it goes elsewhere.
        board = [["ab"[(r + c) % 2] if rng.random() < 0.9 else rng.choice("cdefgh")
                  for c in range(cols)] for r in range(rows)]

    def walk():
        """A word read along a random path of distinct adjacent cells."""
        # On the checkerboard, keep found words short: a trie search without node pruning
        # would otherwise have to follow every long a-b path too.
        length = rng.randint(1, 6 if style == 2 else 10)
        r, c = rng.randrange(rows), rng.randrange(cols)
        path, seen = [board[r][c]], {(r, c)}
        while len(path) < length:
            steps = [(r + dr, c + dc) for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1))
                     if 0 <= r + dr < rows and 0 <= c + dc < cols and (r + dr, c + dc) not in seen]
            if not steps:
                break
            r, c = rng.choice(steps)
            seen.add((r, c))
            path.append(board[r][c])
        return "".join(path)

    def noise():
        if style == 2:
            head = rng.randint(3, 6)
            start = rng.randrange(2)
            return ("".join("ab"[(start + i) % 2] for i in range(head))
                    + "".join(rng.choice("cdefgh") for _ in range(rng.randint(1, 10 - head))))
        return "".join(rng.choice(letters) for _ in range(rng.randint(1, 10)))

    words, seen_words = [], set()
    while len(words) < n:
        w = walk() if rng.random() < (0.1 if style == 2 else 0.5) else noise()
        if w not in seen_words:
            seen_words.add(w)
            words.append(w)
    return [board, words]
