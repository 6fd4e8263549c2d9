def flood_fill(image: list[list[int]], sr: int, sc: int, color: int) -> list[list[int]]:
    grid = [row[:] for row in image]
    old = grid[sr][sc]
    if old == color:
        return grid
    rows, cols = len(grid), len(grid[0])
    grid[sr][sc] = color
    stack = [(sr, sc)]
    while stack:
        r, c = stack.pop()
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] == old:
                grid[nr][nc] = color
                stack.append((nr, nc))
    return grid
