# class: O(n^3)
# why: min() over heights[i:j + 1] for every pair i <= j: n^2/2 slices of average length n/3, the inner min at C speed
def largest_rectangle(heights: list[int]) -> int:
    best = 0
    n = len(heights)
    for i in range(n):
        for j in range(i, n):
            best = max(best, min(heights[i:j + 1]) * (j - i + 1))
    return best
