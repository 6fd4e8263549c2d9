# class: O(n^2)
# why: for every left edge, extends the right edge over all later bars keeping a running minimum: n(n+1)/2 steps, no pruning
def largest_rectangle(heights: list[int]) -> int:
    n = len(heights)
    best = 0
    for i in range(n):
        low = heights[i]
        for j in range(i, n):
            if heights[j] < low:
                low = heights[j]
            area = low * (j - i + 1)
            if area > best:
                best = area
    return best
