def find_words(board: list[list[str]], words: list[str]) -> list[str]:
    # Correct but slow: a separate depth-first search over the whole board for every word,
    # sharing no work between words with a common prefix.
    rows, cols = len(board), len(board[0])

    def match(r, c, w, i, used):
        if board[r][c] != w[i]:
            return False
        if i == len(w) - 1:
            return True
        used.add((r, c))
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= nr < rows and 0 <= nc < cols and (nr, nc) not in used:
                if match(nr, nc, w, i + 1, used):
                    used.discard((r, c))
                    return True
        used.discard((r, c))
        return False

    found = []
    for w in words:
        if any(match(r, c, w, 0, set()) for r in range(rows) for c in range(cols)):
            found.append(w)
    return found
