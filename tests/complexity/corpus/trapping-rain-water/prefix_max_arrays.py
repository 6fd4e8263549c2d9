# class: O(n)
# why: itertools.accumulate builds the running maxima from both sides, then one zip over n bars
from itertools import accumulate


def trap_rain_water(heights: list[int]) -> int:
    if not heights:
        return 0
    from_left = list(accumulate(heights, max))
    from_right = list(accumulate(reversed(heights), max))[::-1]
    return sum(min(a, b) - h for a, b, h in zip(from_left, from_right, heights))
