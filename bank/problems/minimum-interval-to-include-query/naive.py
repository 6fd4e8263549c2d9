def min_interval(intervals: list[list[int]], queries: list[int]) -> list[int]:
    # Correct but O(n * q): every query scans every interval.
    answer = []
    for q in queries:
        best = -1
        for left, right in intervals:
            if left <= q <= right:
                size = right - left + 1
                if best == -1 or size < best:
                    best = size
        answer.append(best)
    return answer
