# expect: none
from math import gcd


def max_points(points):
    best = 0
    for i, (x1, y1) in enumerate(points):
        counts = {}
        for x2, y2 in points[i + 1:]:
            dx, dy = x2 - x1, y2 - y1
            g = gcd(dx, dy) or 1
            key = (dx // g, dy // g)
            counts[key] = counts.get(key, 0) + 1
            best = max(best, counts[key])
    return best + 1


def cross(a, b):
    return [(x, y) for x in a for y in b]
