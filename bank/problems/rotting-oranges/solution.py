def oranges_rotting(grid: list[list[int]]) -> int:
    rows, cols = len(grid), len(grid[0])
    state = [row[:] for row in grid]           # work on a copy of the caller's grid
    frontier = []
    fresh = 0
    for r in range(rows):
        for c in range(cols):
            if state[r][c] == 2:
                frontier.append((r, c))
            elif state[r][c] == 1:
                fresh += 1
    minutes = 0
    # Breadth-first search from all rotten oranges at once, one level per minute.
    while frontier and fresh:
        minutes += 1
        nxt = []
        for r, c in frontier:
            for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                if 0 <= nr < rows and 0 <= nc < cols and state[nr][nc] == 1:
                    state[nr][nc] = 2
                    fresh -= 1
                    nxt.append((nr, nc))
        frontier = nxt
    return -1 if fresh else minutes
