from math import gcd


def max_points(points: list[list[int]]) -> int:
    """Fix each point as an anchor and group the later points by the reduced direction
    from the anchor; copies of the anchor lie on every line through it."""
    n = len(points)
    if n <= 2:
        return n
    best = 1
    for i in range(n):
        if n - i <= best:
            break                        # too few points left to beat best
        x1, y1 = points[i]
        same = 1                         # the anchor and its copies at later indexes
        counts = {}
        top = 0
        for j in range(i + 1, n):
            dx = points[j][0] - x1
            dy = points[j][1] - y1
            if dx == 0 and dy == 0:
                same += 1
                continue
            g = gcd(dx, dy)
            dx //= g
            dy //= g
            if dx < 0 or (dx == 0 and dy < 0):   # one direction per line
                dx, dy = -dx, -dy
            key = (dx, dy)
            c = counts.get(key, 0) + 1
            counts[key] = c
            if c > top:
                top = c
        if same + top > best:
            best = same + top
    return best
