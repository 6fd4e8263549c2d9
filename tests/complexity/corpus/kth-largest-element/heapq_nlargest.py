# class: O(n log n)
# why: heapq.nlargest keeps a heap of k items over n pushes: O(n log k), and gen.py takes k between n/3 and 2n/3, so log k ~ log n
import heapq


def find_kth_largest(nums: list[int], k: int) -> int:
    return heapq.nlargest(k, nums)[-1]
