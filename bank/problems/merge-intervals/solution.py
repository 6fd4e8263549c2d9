def merge(intervals: list[list[int]]) -> list[list[int]]:
    merged = []
    for start, end in sorted(intervals, key=lambda iv: iv[0]):
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1][1] = end          # overlaps or touches: extend the current interval
        else:
            merged.append([start, end])      # a gap: start a new interval
    return merged
