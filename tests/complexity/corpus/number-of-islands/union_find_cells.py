# class: O(n)
# why: union-find over the n cells, joining each land cell with its right and lower neighbours: near-constant per union
def num_islands(grid: list[list[int]]) -> int:
    rows = len(grid)
    cols = len(grid[0]) if rows else 0
    parent = list(range(rows * cols))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    count = 0
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] != 1:
                continue
            count += 1
            here = r * cols + c
            for nr, nc in ((r - 1, c), (r, c - 1)):
                if nr >= 0 and nc >= 0 and grid[nr][nc] == 1:
                    a, b = find(here), find(nr * cols + nc)
                    if a != b:
                        parent[a] = b
                        count -= 1
    return count
