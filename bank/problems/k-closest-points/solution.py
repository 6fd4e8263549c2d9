import heapq


def k_closest(points: list[list[int]], k: int) -> list[list[int]]:
    # A max-heap (negated squared distances) holding the k nearest points seen so far.
    dist = [x * x + y * y for x, y in points]
    heap = [(-dist[i], i) for i in range(k)]
    heapq.heapify(heap)
    for i in range(k, len(points)):
        d = dist[i]
        if d < -heap[0][0]:
            heapq.heapreplace(heap, (-d, i))
    return [points[i] for _, i in heap]
