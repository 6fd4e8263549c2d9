def erase_overlap_intervals(intervals: list[list[int]]) -> int:
    # Greedy: keep the interval that ends first, then the next one that starts after it ends.
    kept = 0
    last_end = None
    for start, end in sorted(intervals, key=lambda iv: iv[1]):
        if last_end is None or start >= last_end:
            kept += 1
            last_end = end
    return len(intervals) - kept
