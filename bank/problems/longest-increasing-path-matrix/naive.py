def longest_increasing_path(grid: list[list[int]]) -> int:
    # Explore every increasing path from every cell, remembering nothing: exponential time on
    # grids with many increasing paths, and quadratic even on a single long one.
    rows, cols = len(grid), len(grid[0])

    def longest_from(r, c):
        best = 1
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] > grid[r][c]:
                best = max(best, 1 + longest_from(nr, nc))
        return best

    return max(longest_from(r, c) for r in range(rows) for c in range(cols))
