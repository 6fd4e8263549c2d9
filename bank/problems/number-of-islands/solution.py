from collections import deque


def num_islands(grid: list[list[int]]) -> int:
    rows = len(grid)
    cols = len(grid[0]) if rows else 0
    islands = 0
    for r in range(rows):
        row = grid[r]
        for c in range(cols):
            if row[c] != 1:
                continue
            islands += 1
            row[c] = 0                      # mark visited when queued
            queue = deque([(r, c)])
            while queue:
                i, j = queue.popleft()
                if i > 0 and grid[i - 1][j] == 1:
                    grid[i - 1][j] = 0
                    queue.append((i - 1, j))
                if i + 1 < rows and grid[i + 1][j] == 1:
                    grid[i + 1][j] = 0
                    queue.append((i + 1, j))
                if j > 0 and grid[i][j - 1] == 1:
                    grid[i][j - 1] = 0
                    queue.append((i, j - 1))
                if j + 1 < cols and grid[i][j + 1] == 1:
                    grid[i][j + 1] = 0
                    queue.append((i, j + 1))
    return islands
