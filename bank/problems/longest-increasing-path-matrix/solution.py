def longest_increasing_path(grid: list[list[int]]) -> int:
    rows, cols = len(grid), len(grid[0])
    flat = [v for row in grid for v in row]
    total = rows * cols

    def neighbours(cell):
        r, c = divmod(cell, cols)
        if r > 0:
            yield cell - cols
        if r + 1 < rows:
            yield cell + cols
        if c > 0:
            yield cell - 1
        if c + 1 < cols:
            yield cell + 1

    # Topological peeling: strip off the cells with no higher neighbour (local peaks), then the
    # cells whose higher neighbours are all gone, and so on. The number of rounds is the
    # number of cells on the longest strictly increasing path.
    higher = [0] * total
    for cell in range(total):
        v = flat[cell]
        higher[cell] = sum(1 for nb in neighbours(cell) if flat[nb] > v)
    layer = [cell for cell in range(total) if higher[cell] == 0]
    rounds = 0
    while layer:
        rounds += 1
        nxt = []
        for cell in layer:
            v = flat[cell]
            for nb in neighbours(cell):
                if flat[nb] < v:
                    higher[nb] -= 1
                    if higher[nb] == 0:
                        nxt.append(nb)
        layer = nxt
    return rounds
