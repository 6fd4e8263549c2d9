def trap_rain_water(heights):
    # Correct but O(n^2): for every column, scan both sides for the tallest bar.
    n = len(heights)
    water = 0
    for i in range(n):
        left = 0
        for j in range(i + 1):
            if heights[j] > left:
                left = heights[j]
        right = 0
        for j in range(i, n):
            if heights[j] > right:
                right = heights[j]
        water += min(left, right) - heights[i]
    return water
