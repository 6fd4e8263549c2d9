# class: O(n log n)
# why: sorting the n indices by value dominates (gen.py's values are in random order); the two-pointer walk after it is linear
def two_sum(nums: list[int], target: int) -> list[int]:
    order = sorted(range(len(nums)), key=lambda i: nums[i])
    lo, hi = 0, len(order) - 1
    while lo < hi:
        total = nums[order[lo]] + nums[order[hi]]
        if total == target:
            return sorted([order[lo], order[hi]])
        if total < target:
            lo += 1
        else:
            hi -= 1
    return []
