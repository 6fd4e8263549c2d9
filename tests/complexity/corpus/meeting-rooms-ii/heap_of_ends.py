# class: O(n log n)
# why: sorts the n meetings by start, then a min-heap of end times: push/pop are O(log n) each
import heapq


def min_meeting_rooms(intervals: list[list[int]]) -> int:
    ends = []
    for start, end in sorted(intervals):
        if ends and ends[0] <= start:
            heapq.heapreplace(ends, end)
        else:
            heapq.heappush(ends, end)
    return len(ends)
