def island_perimeter(grid: list[list[int]]) -> int:
    # Each land cell has 4 sides; every side shared by two land cells hides one side of each.
    # Counting each shared side once (with the neighbour below and to the right) is enough.
    perimeter = 0
    rows, cols = len(grid), len(grid[0])
    for r in range(rows):
        row = grid[r]
        below = grid[r + 1] if r + 1 < rows else None
        for c in range(cols):
            if row[c]:
                perimeter += 4
                if c + 1 < cols and row[c + 1]:
                    perimeter -= 2
                if below is not None and below[c]:
                    perimeter -= 2
    return perimeter
