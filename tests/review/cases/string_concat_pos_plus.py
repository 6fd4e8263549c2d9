# expect: string-concat-in-loop@6, string-concat-in-loop@16
def repeat(ch, n):
    s = ''
    k = 0
    while k < n:
        s = s + ch
        k += 1
    return s


def rows(grid):
    lines = []
    for row in grid:
        text = ""
        for cell in row:
            text += str(cell)
        lines.append(text)
    return lines
