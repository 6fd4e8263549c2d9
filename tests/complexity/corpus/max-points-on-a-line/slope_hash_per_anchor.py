# class: O(n^2)
# why: for each of the n anchors, hashes the reduced direction to every later point: n^2/2 gcd and dict operations
from collections import Counter
from math import gcd


def max_points(points: list[list[int]]) -> int:
    n = len(points)
    if n < 3:
        return n
    best = 1
    for i in range(n):
        x0, y0 = points[i]
        dirs = Counter()
        same = 1
        for j in range(i + 1, n):
            dx, dy = points[j][0] - x0, points[j][1] - y0
            if dx == 0 and dy == 0:
                same += 1
                continue
            g = gcd(dx, dy)
            dx, dy = dx // g, dy // g
            if dx < 0 or (dx == 0 and dy < 0):
                dx, dy = -dx, -dy
            dirs[(dx, dy)] += 1
        best = max(best, same + (max(dirs.values()) if dirs else 0))
    return best
