def erase_overlap_intervals(intervals: list[list[int]]) -> int:
    # Correct but O(n^2): best[i] is the largest number of non-overlapping intervals that can be
    # kept among the first i + 1 (sorted by start) when interval i is the last one kept.
    ivs = sorted(intervals)
    n = len(ivs)
    best = [1] * n
    for i in range(n):
        for j in range(i):
            if ivs[j][1] <= ivs[i][0] and best[j] + 1 > best[i]:
                best[i] = best[j] + 1
    return n - max(best, default=0)
