def largest_rectangle(heights: list[int]) -> int:
    # Correct but O(n^2): every starting bar, extended to the right with a running minimum.
    best = 0
    n = len(heights)
    for i in range(n):
        low = heights[i]
        for j in range(i, n):
            if heights[j] < low:
                low = heights[j]
            if low * (j - i + 1) > best:
                best = low * (j - i + 1)
    return best
