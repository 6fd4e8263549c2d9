# class: O(n^2)
# why: for each of the n meetings, counts (in a Python generator) the meetings running at its start: n * n checks
def min_meeting_rooms(intervals: list[list[int]]) -> int:
    best = 0
    for s, _ in intervals:
        busy = sum(1 for a, b in intervals if a <= s < b)
        best = max(best, busy)
    return best
