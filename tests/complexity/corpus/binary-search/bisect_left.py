# class: O(log n)
# why: bisect.bisect_left is a C binary search over the n sorted values; one index check after it
from bisect import bisect_left


def binary_search(nums: list[int], target: int) -> int:
    i = bisect_left(nums, target)
    if i < len(nums) and nums[i] == target:
        return i
    return -1
