def solve_sudoku(board: list[list[str]]) -> list[list[str]]:
    """Backtracking over bitmasks, always branching on the empty cell with the fewest
    candidates (a cell with one candidate is filled without any guessing)."""
    rows = [0] * 9
    cols = [0] * 9
    boxes = [0] * 9
    grid = [row[:] for row in board]
    empty = []
    for r in range(9):
        for c in range(9):
            ch = grid[r][c]
            if ch == ".":
                empty.append((r, c, r // 3 * 3 + c // 3))
            else:
                bit = 1 << int(ch)
                rows[r] |= bit
                cols[c] |= bit
                boxes[r // 3 * 3 + c // 3] |= bit
    ALL = 0b1111111110                               # bits 1..9
    digits = {1 << d: d for d in range(1, 10)}

    def search(k):
        if k == len(empty):
            return True
        # Choose the open cell with the fewest candidates and move it to position k.
        best_i, best_free, best_count = -1, 0, 10
        for i in range(k, len(empty)):
            r, c, b = empty[i]
            free = ALL & ~(rows[r] | cols[c] | boxes[b])
            count = bin(free).count("1")
            if count < best_count:
                best_i, best_free, best_count = i, free, count
                if count <= 1:
                    break
        if best_count == 0:
            return False
        empty[k], empty[best_i] = empty[best_i], empty[k]
        r, c, b = empty[k]
        free = best_free
        while free:
            bit = free & -free
            free ^= bit
            rows[r] |= bit
            cols[c] |= bit
            boxes[b] |= bit
            if search(k + 1):
                grid[r][c] = str(digits[bit])
                return True
            rows[r] ^= bit
            cols[c] ^= bit
            boxes[b] ^= bit
        empty[k], empty[best_i] = empty[best_i], empty[k]
        return False

    search(0)
    return grid
