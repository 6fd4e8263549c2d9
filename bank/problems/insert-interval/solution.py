def insert(intervals: list[list[int]], new_interval: list[int]) -> list[list[int]]:
    start, end = new_interval
    n = len(intervals)
    i = 0
    while i < n and intervals[i][1] < start:          # entirely before the new interval
        i += 1
    j = i
    while j < n and intervals[j][0] <= end:           # overlaps or touches: absorb it
        start = min(start, intervals[j][0])
        end = max(end, intervals[j][1])
        j += 1
    # The untouched intervals are shared with the input, never modified.
    return intervals[:i] + [[start, end]] + intervals[j:]
