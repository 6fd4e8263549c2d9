# expect: none
def total(grid):
    s = 0
    for row in grid:
        for cell in row:
            s += cell
    rows, cols = len(grid), len(grid[0])
    for r in range(rows):
        for c in range(cols):
            s += grid[r][c]
    return s
