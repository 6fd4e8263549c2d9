def min_arrows(points: list[list[int]]) -> int:
    # Correct but O(n * arrows), O(n^2) when few balloons overlap: repeatedly find the
    # balloon that ends first, shoot at its end, and remove every balloon that arrow bursts.
    left = [tuple(p) for p in points]
    arrows = 0
    while left:
        x = min(end for _, end in left)
        left = [(s, e) for s, e in left if s > x]
        arrows += 1
    return arrows
