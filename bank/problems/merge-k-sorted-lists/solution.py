import heapq


def merge_k_sorted(lists):
    heap = [(lst[0], i, 0) for i, lst in enumerate(lists) if lst]
    heapq.heapify(heap)
    out = []
    while heap:
        value, i, j = heap[0]
        out.append(value)
        j += 1
        if j < len(lists[i]):
            heapq.heapreplace(heap, (lists[i][j], i, j))
        else:
            heapq.heappop(heap)
    return out
