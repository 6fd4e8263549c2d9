# class: O(n^2)
# why: `x in nums[:i]` scans the prefix (and the slice copies it) for every i: sum of i over n elements
def contains_duplicate(nums: list[int]) -> bool:
    for i, x in enumerate(nums):
        if x in nums[:i]:
            return True
    return False
