MOD = 10**9 + 7


def unique_paths_with_obstacles(grid: list[list[int]]) -> int:
    cols = len(grid[0])
    # paths[c] holds the count for the current row; before the update it is the row above.
    paths = [0] * cols
    paths[0] = 1
    for row in grid:
        left = 0                                 # paths to the cell on the left in this row
        for c in range(cols):
            if row[c]:
                left = 0
            else:
                left = (left + paths[c]) % MOD
            paths[c] = left
    return paths[-1]
