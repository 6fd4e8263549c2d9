# class: O(n)
# why: min() is C code but still reads all n values
def find_min(nums: list[int]) -> int:
    return min(nums)
