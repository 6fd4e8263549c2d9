from collections import Counter


def exist(board: list[list[str]], word: str) -> bool:
    rows, cols = len(board), len(board[0])
    # Pruning: the board must hold enough copies of every letter of the word.
    have = Counter(ch for row in board for ch in row)
    if any(have[ch] < k for ch, k in Counter(word).items()):
        return False
    # Start from the rarer end of the word: fewer starting cells, earlier dead ends.
    if have[word[0]] > have[word[-1]]:
        word = word[::-1]
    grid = [row[:] for row in board]           # marks go on a copy, not the caller's board
    last = len(word) - 1

    def search(r, c, i):
        if grid[r][c] != word[i]:
            return False
        if i == last:
            return True
        grid[r][c] = "#"                         # in use on the current path
        found = ((r > 0 and search(r - 1, c, i + 1))
                 or (r + 1 < rows and search(r + 1, c, i + 1))
                 or (c > 0 and search(r, c - 1, i + 1))
                 or (c + 1 < cols and search(r, c + 1, i + 1)))
        grid[r][c] = word[i]
        return found

    return any(search(r, c, 0) for r in range(rows) for c in range(cols))
