# class: O(n^2)
# why: each new interval is checked against every interval merged so far; gen.py's inputs keep that list long (n, n/50 clusters or n/2), so ~n^2/2 to n^2/100 checks
def merge(intervals: list[list[int]]) -> list[list[int]]:
    merged = []
    for s, e in intervals:
        keep = []
        for ms, me in merged:
            if me < s or ms > e:
                keep.append([ms, me])
            else:
                s, e = min(s, ms), max(e, me)
        keep.append([s, e])
        merged = keep
    merged.sort()
    return merged
