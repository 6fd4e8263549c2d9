def sort_colors(nums: list[int]) -> list[int]:
    # Dutch national flag: [0, low) are 0s, [low, mid) are 1s, (high, end] are 2s.
    low, mid, high = 0, 0, len(nums) - 1
    while mid <= high:
        v = nums[mid]
        if v == 0:
            nums[low], nums[mid] = nums[mid], nums[low]
            low += 1
            mid += 1
        elif v == 1:
            mid += 1
        else:
            nums[mid], nums[high] = nums[high], nums[mid]
            high -= 1
    return nums
