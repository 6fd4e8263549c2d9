# expect: none
def spiral(matrix):
    out = []
    while matrix:
        out.extend(matrix.pop(0))
        matrix = [list(col) for col in zip(*matrix)][::-1]
    return out


def first_big(items, limit):
    for x in items:
        if x > limit:
            items.insert(0, x)
            break
    return items
