# class: O(n^2)
# why: for every bar, max() over the slice to its left and the slice to its right: n slices of total length ~n each, at C speed
def trap_rain_water(heights: list[int]) -> int:
    total = 0
    for i, h in enumerate(heights):
        level = min(max(heights[:i + 1]), max(heights[i:]))
        total += level - h
    return total
