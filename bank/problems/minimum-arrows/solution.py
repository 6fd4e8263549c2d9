def min_arrows(points: list[list[int]]) -> int:
    arrows = 0
    last = None
    for start, end in sorted(points, key=lambda p: p[1]):
        if last is None or start > last:
            arrows += 1
            last = end
    return arrows
