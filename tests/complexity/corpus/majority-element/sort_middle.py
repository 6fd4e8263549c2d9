# class: O(n log n)
# why: sorts the n values (gen.py shuffles or interleaves them); the majority must then sit at the middle index
def majority_element(nums: list[int]) -> int:
    nums = sorted(nums)
    return nums[len(nums) // 2]
