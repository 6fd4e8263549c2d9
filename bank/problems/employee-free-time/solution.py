import heapq


def employee_free_time(schedules: list[list[list[int]]]) -> list[list[int]]:
    # Merge the k sorted schedules with a heap of each employee's next interval.
    heap = [(s[0][0], s[0][1], i, 0) for i, s in enumerate(schedules) if s]
    heapq.heapify(heap)
    free = []
    reach = None                    # the furthest end seen so far
    while heap:
        start, end, i, j = heapq.heappop(heap)
        if reach is not None and start > reach:
            free.append([reach, start])
        if reach is None or end > reach:
            reach = end
        if j + 1 < len(schedules[i]):
            nxt = schedules[i][j + 1]
            heapq.heappush(heap, (nxt[0], nxt[1], i, j + 1))
    return free
