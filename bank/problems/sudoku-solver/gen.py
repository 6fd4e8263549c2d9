def _count(grid, limit):
    """Number of solutions of grid (a list of 81 ints, 0 = empty), stopping at limit."""
    rows = [0] * 9
    cols = [0] * 9
    boxes = [0] * 9
    empty = []
    for i, d in enumerate(grid):
        r, c = divmod(i, 9)
        b = r // 3 * 3 + c // 3
        if d:
            rows[r] |= 1 << d
            cols[c] |= 1 << d
            boxes[b] |= 1 << d
        else:
            empty.append((r, c, b))
    ALL = 0b1111111110
    found = [0]

    def search(k):
        if k == len(empty):
            found[0] += 1
            return
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
            return
        empty[k], empty[best_i] = empty[best_i], empty[k]
        r, c, b = empty[k]
        free = best_free
        while free and found[0] < limit:
            bit = free & -free
            free ^= bit
            rows[r] |= bit
            cols[c] |= bit
            boxes[b] |= bit
            search(k + 1)
            rows[r] ^= bit
            cols[c] ^= bit
            boxes[b] ^= bit
        empty[k], empty[best_i] = empty[best_i], empty[k]

    search(0)
    return found[0]


def generate(n, rng):
    """Arguments for a test of size n (the number of empty cells, 1 to 64); rng is a
    random.Random. Builds a random solved grid, then empties cells in random order as long as
    the puzzle keeps exactly one solution. If no further cell can be emptied before n cells
    are empty (a minimal puzzle), the board has fewer than n empty cells."""
    n = max(1, min(64, n))
    # A random solved grid: a fixed pattern, then digits, rows within bands, bands, columns
    # within stacks and stacks permuted at random, and a random transpose.
    digits = list(range(1, 10))
    rng.shuffle(digits)
    bands = rng.sample(range(3), 3)
    stacks = rng.sample(range(3), 3)
    row_order = [b * 3 + r for b in bands for r in rng.sample(range(3), 3)]
    col_order = [s * 3 + c for s in stacks for c in rng.sample(range(3), 3)]
    solved = [[digits[(3 * (r % 3) + r // 3 + c) % 9] for c in col_order] for r in row_order]
    if rng.random() < 0.5:
        solved = [list(col) for col in zip(*solved)]
    grid = [d for row in solved for d in row]
    cells = list(range(81))
    rng.shuffle(cells)
    removed = 0
    for i in cells:
        if removed == n:
            break
        d = grid[i]
        grid[i] = 0
        if _count(grid, 2) == 1:
            removed += 1
        else:
            grid[i] = d
    # Make the puzzle hard for plain backtracking in reading order, which tries 1 to 9 in
    # each cell: move the band with the most empty cells to the top (its emptiest row first),
    # then rename the digits so that the first empty cells in reading order hold the largest
    # digits of the solution. Neither step changes the number of solutions.
    blanks = [sum(1 for c in range(9) if grid[r * 9 + c] == 0) for r in range(9)]
    top = max(range(3), key=lambda b: (sum(blanks[b * 3:b * 3 + 3]), -b))
    band_rows = sorted(range(top * 3, top * 3 + 3), key=lambda r: (-blanks[r], r))
    order = band_rows + [r for r in range(9) if r // 3 != top]
    grid = [grid[r * 9 + c] for r in order for c in range(9)]
    solved = [solved[r][c] for r in order for c in range(9)]
    rename = {}
    for i in range(81):
        if grid[i] == 0 and solved[i] not in rename:
            rename[solved[i]] = 9 - len(rename)
    for d in range(1, 10):
        if d not in rename:
            rename[d] = 9 - len(rename)
    grid = [rename[d] if d else 0 for d in grid]
    board = [[str(grid[r * 9 + c]) if grid[r * 9 + c] else "." for c in range(9)] for r in range(9)]
    return [board]
