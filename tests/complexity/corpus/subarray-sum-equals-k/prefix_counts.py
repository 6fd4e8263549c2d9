# class: O(n)
# why: one pass with a dict counting prefix sums; each step is an O(1) lookup and update
from collections import defaultdict


def subarray_sum(nums: list[int], k: int) -> int:
    seen = defaultdict(int)
    seen[0] = 1
    running = count = 0
    for x in nums:
        running += x
        count += seen[running - k]
        seen[running] += 1
    return count
