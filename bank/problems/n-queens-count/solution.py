def count_queens(n: int, blocked: list[list[int]]) -> int:
    full = (1 << n) - 1
    # closed[r] has bit c set when no queen may stand on row r, column c.
    closed = [0] * n
    for r, c in blocked:
        closed[r] |= 1 << c

    def place(row, cols, diag, anti):
        # cols, diag, anti: the squares of this row attacked along a column, a
        # down-right diagonal or a down-left diagonal by the queens already placed.
        if row == n:
            return 1
        count = 0
        free = full & ~(cols | diag | anti | closed[row])
        while free:
            bit = free & -free
            free ^= bit
            count += place(row + 1, cols | bit, ((diag | bit) << 1) & full, (anti | bit) >> 1)
        return count

    return place(0, 0, 0, 0)
