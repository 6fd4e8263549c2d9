MOD = 10**9 + 7


def unique_paths_with_obstacles(grid: list[list[int]]) -> int:
    # Correct but exponential: walk every route from the start, remembering nothing.
    rows, cols = len(grid), len(grid[0])

    def count(r, c):
        if r >= rows or c >= cols or grid[r][c]:
            return 0
        if r == rows - 1 and c == cols - 1:
            return 1
        return count(r + 1, c) + count(r, c + 1)

    return count(0, 0) % MOD
