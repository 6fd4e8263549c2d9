def max_points(points: list[list[int]]) -> int:
    # Correct but O(n^3): every pair of distinct points defines a line, and every point is
    # tested against it with a cross product.
    n = len(points)
    best = min(n, 1)
    for i in range(n):
        for j in range(i + 1, n):
            x1, y1 = points[i]
            x2, y2 = points[j]
            if x1 == x2 and y1 == y2:
                # No line yet: count the copies (they lie on any line through them).
                best = max(best, sum(1 for p in points if p[0] == x1 and p[1] == y1))
                continue
            on_line = 0
            for x, y in points:
                if (x2 - x1) * (y - y1) - (y2 - y1) * (x - x1) == 0:
                    on_line += 1
            best = max(best, on_line)
    return best
