import heapq


def min_meeting_rooms(intervals: list[list[int]]) -> int:
    ends = []                                   # min-heap of end times, one per room in use
    for start, end in sorted(intervals, key=lambda iv: iv[0]):
        if ends and ends[0] <= start:
            heapq.heapreplace(ends, end)        # the room that frees up first is free: reuse it
        else:
            heapq.heappush(ends, end)           # every room is busy: open a new one
    return len(ends)
