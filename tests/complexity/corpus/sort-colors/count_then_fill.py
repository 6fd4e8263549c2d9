# class: O(n)
# why: three list.count calls (C-speed scans of n) and a list built from three repeats
def sort_colors(nums: list[int]) -> list[int]:
    zeros, ones = nums.count(0), nums.count(1)
    twos = len(nums) - zeros - ones
    return [0] * zeros + [1] * ones + [2] * twos
