# class: O(n)
# why: a + b is two sorted runs; timsort detects them and merges in linear time, and the concatenation itself is O(n)
def find_median(nums1: list[int], nums2: list[int]) -> float:
    merged = sorted(nums1 + nums2)
    mid = len(merged) // 2
    if len(merged) % 2:
        return float(merged[mid])
    return (merged[mid - 1] + merged[mid]) / 2
