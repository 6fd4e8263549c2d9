# expect: none
def rotate(matrix):
    n = len(matrix)
    for i in range(n):
        for j in range(i + 1, n):
            matrix[i][j], matrix[j][i] = matrix[j][i], matrix[i][j]
    for row in matrix:
        row.reverse()


def set_zeroes(matrix):
    rows = {r for r, row in enumerate(matrix) for v in row if v == 0}
    cols = {c for row in matrix for c, v in enumerate(row) if v == 0}
    for r in range(len(matrix)):
        for c in range(len(matrix[0])):
            if r in rows or c in cols:
                matrix[r][c] = 0


def spiral(matrix):
    out = []
    while matrix:
        out.extend(matrix.pop(0))
        matrix = [list(col) for col in zip(*matrix)][::-1]
    return out


def transpose(m):
    size = len(m)
    return [[m[j][i] for j in range(size)] for i in range(size)]
