def spiral_order(matrix: list[list[int]]) -> list[int]:
    top, bottom = 0, len(matrix) - 1
    left, right = 0, len(matrix[0]) - 1
    out = []
    while top <= bottom and left <= right:
        for c in range(left, right + 1):                 # top row, left to right
            out.append(matrix[top][c])
        for r in range(top + 1, bottom + 1):             # right column, downwards
            out.append(matrix[r][right])
        if top < bottom:                                 # bottom row, right to left
            for c in range(right - 1, left - 1, -1):
                out.append(matrix[bottom][c])
        if left < right:                                 # left column, upwards
            for r in range(bottom - 1, top, -1):
                out.append(matrix[r][left])
        top, bottom, left, right = top + 1, bottom - 1, left + 1, right - 1
    return out
