# class: O(n log n)
# why: sorting gen.py's shuffled values dominates; the scan for the first gap is linear
def missing_number(nums: list[int]) -> int:
    nums = sorted(nums)
    for expected, actual in enumerate(nums):
        if expected != actual:
            return expected
    return len(nums)
