# expect: none
def topo(after, letters):
    order = []
    queue = list(letters)
    while queue:
        c = queue.pop()
        order.append(c)
        for d in sorted(after[c]):
            queue.append(d)
    return order


def sort_rows(grid):
    for row in grid:
        row.sort()
    return [sorted(w) for w in grid]
