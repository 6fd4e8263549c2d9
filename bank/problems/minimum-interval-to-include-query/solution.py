from heapq import heappop, heappush


def min_interval(intervals: list[list[int]], queries: list[int]) -> list[int]:
    """Answer the distinct query values in increasing order. An interval joins a min-heap
    keyed by its size once it starts at or before the query; an interval on top of the heap
    that ends before the query is dropped for good, since every later query is larger."""
    order = sorted(intervals)
    heap = []                                  # (size, right end)
    best = {}
    i = 0
    for q in sorted(set(queries)):
        while i < len(order) and order[i][0] <= q:
            left, right = order[i]
            heappush(heap, (right - left + 1, right))
            i += 1
        while heap and heap[0][1] < q:
            heappop(heap)
        best[q] = heap[0][0] if heap else -1
    return [best[q] for q in queries]
