def merge(intervals: list[list[int]]) -> list[list[int]]:
    # Correct but O(n^2): fold each interval into the list of disjoint intervals so far,
    # scanning that whole list every time.
    result = []
    for start, end in intervals:
        kept = []
        for s, e in result:
            if s <= end and start <= e:
                start, end = min(start, s), max(end, e)
            else:
                kept.append([s, e])
        kept.append([start, end])
        result = kept
    return sorted(result)
