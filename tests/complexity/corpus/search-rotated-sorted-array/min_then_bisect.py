# class: O(n)
# why: the bisect is O(log n), but locating the rotation with min() and index() scans the whole list of n first
import bisect


def search(nums: list[int], target: int) -> int:
    n = len(nums)
    k = nums.index(min(nums))
    unrolled = nums[k:] + nums[:k]
    i = bisect.bisect_left(unrolled, target)
    if i < n and unrolled[i] == target:
        return (i + k) % n
    return -1
