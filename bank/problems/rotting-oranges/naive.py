def oranges_rotting(grid: list[list[int]]) -> int:
    # Correct but O((m * n) * minutes): scan the whole grid once per minute.
    state = [row[:] for row in grid]
    rows, cols = len(state), len(state[0])
    minutes = 0
    while True:
        to_rot = []
        for r in range(rows):
            for c in range(cols):
                if state[r][c] == 1 and any(
                    0 <= nr < rows and 0 <= nc < cols and state[nr][nc] == 2
                    for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1))
                ):
                    to_rot.append((r, c))
        if not to_rot:
            break
        for r, c in to_rot:
            state[r][c] = 2
        minutes += 1
    if any(1 in row for row in state):
        return -1
    return minutes
