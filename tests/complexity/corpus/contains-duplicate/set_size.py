# class: O(n)
# why: building a set of the n values is linear (C speed); comparing lengths is O(1)
def contains_duplicate(nums: list[int]) -> bool:
    return len(set(nums)) < len(nums)
