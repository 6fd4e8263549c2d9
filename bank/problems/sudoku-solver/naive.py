def solve_sudoku(board: list[list[str]]) -> list[list[str]]:
    # Correct but slow: plain backtracking over the empty cells in reading order, trying
    # 1..9 in each and checking the row, column and box by scanning them. No candidate
    # tracking, no choice of the most constrained cell.
    grid = [row[:] for row in board]
    empty = [(r, c) for r in range(9) for c in range(9) if grid[r][c] == "."]

    def ok(r, c, ch):
        for i in range(9):
            if grid[r][i] == ch or grid[i][c] == ch:
                return False
        br, bc = r // 3 * 3, c // 3 * 3
        for i in range(br, br + 3):
            for j in range(bc, bc + 3):
                if grid[i][j] == ch:
                    return False
        return True

    def search(k):
        if k == len(empty):
            return True
        r, c = empty[k]
        for ch in "123456789":
            if ok(r, c, ch):
                grid[r][c] = ch
                if search(k + 1):
                    return True
                grid[r][c] = "."
        return False

    search(0)
    return grid
