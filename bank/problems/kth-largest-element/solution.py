import heapq


def find_kth_largest(nums: list[int], k: int) -> int:
    # A min-heap holding the k largest values seen so far; its root is the k-th largest.
    heap = nums[:k]
    heapq.heapify(heap)
    for x in nums[k:]:
        if x > heap[0]:
            heapq.heapreplace(heap, x)
    return heap[0]
