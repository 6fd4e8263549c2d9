# expect: none
def max_area(grid):
    rows, cols = len(grid), len(grid[0])

    def area(r, c):
        if not (0 <= r < rows and 0 <= c < cols) or grid[r][c] == 0:
            return 0
        grid[r][c] = 0
        return 1 + area(r + 1, c) + area(r - 1, c) + area(r, c + 1) + area(r, c - 1)

    return max(area(r, c) for r in range(rows) for c in range(cols))


def fill(image, r, c, old, new, seen):
    if (r, c) in seen or not (0 <= r < len(image)) or not (0 <= c < len(image[0])):
        return 0
    seen.add((r, c))
    return 1 + fill(image, r + 1, c, old, new, seen) + fill(image, r, c + 1, old, new, seen)
