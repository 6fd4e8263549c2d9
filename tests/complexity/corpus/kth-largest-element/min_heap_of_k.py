# class: O(n log n)
# why: a size-k min-heap updated with heappushpop for each of the n values; k is proportional to n in gen.py
import heapq


def find_kth_largest(nums: list[int], k: int) -> int:
    heap = nums[:k]
    heapq.heapify(heap)
    for x in nums[k:]:
        if x > heap[0]:
            heapq.heappushpop(heap, x)
    return heap[0]
