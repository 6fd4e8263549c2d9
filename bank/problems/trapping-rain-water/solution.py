def trap_rain_water(heights):
    lo, hi = 0, len(heights) - 1
    left_max = right_max = 0
    water = 0
    while lo < hi:
        if heights[lo] <= heights[hi]:
            # The right side has a bar at least this tall, so the left running maximum
            # decides the level at lo.
            h = heights[lo]
            if h > left_max:
                left_max = h
            else:
                water += left_max - h
            lo += 1
        else:
            h = heights[hi]
            if h > right_max:
                right_max = h
            else:
                water += right_max - h
            hi -= 1
    return water
