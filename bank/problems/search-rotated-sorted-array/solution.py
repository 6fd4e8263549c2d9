def search(nums: list[int], target: int) -> int:
    lo, hi = 0, len(nums) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        value = nums[mid]
        if value == target:
            return mid
        if nums[lo] <= value:
            # nums[lo..mid] is sorted.
            if nums[lo] <= target < value:
                hi = mid - 1
            else:
                lo = mid + 1
        else:
            # nums[mid..hi] is sorted.
            if value < target <= nums[hi]:
                lo = mid + 1
            else:
                hi = mid - 1
    return -1
