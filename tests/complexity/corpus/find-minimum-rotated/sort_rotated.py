# class: O(n)
# why: a rotated sorted list is two ascending runs; timsort finds the runs and merges them in linear time, so this sort is O(n), not O(n log n)
def find_min(nums: list[int]) -> int:
    ordered = sorted(nums)
    return ordered[0]
