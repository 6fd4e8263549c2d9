def find_min(nums: list[int]) -> int:
    lo, hi = 0, len(nums) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if nums[mid] > nums[hi]:
            lo = mid + 1        # mid is in the higher run; the minimum lies to its right
        else:
            hi = mid            # mid is in the lower run; the minimum is mid or to its left
    return nums[lo]
