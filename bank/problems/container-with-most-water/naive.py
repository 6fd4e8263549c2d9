def max_area(heights: list[int]) -> int:
    # Correct but O(n^2): tries every pair of walls.
    n = len(heights)
    best = 0
    for i in range(n):
        for j in range(i + 1, n):
            area = (j - i) * min(heights[i], heights[j])
            if area > best:
                best = area
    return best
