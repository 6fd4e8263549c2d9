# class: O(n^2)
# why: compares every pair; with no duplicate all n^2/2 pairs run, and gen.py's duplicate is last with its twin in the second half, so at least ~3n^2/8
def contains_duplicate(nums: list[int]) -> bool:
    for i in range(len(nums)):
        for j in range(i + 1, len(nums)):
            if nums[i] == nums[j]:
                return True
    return False
