def first_missing_positive(nums: list[int]) -> int:
    # Try 1, 2, 3, ... and scan the whole list for each: O(n^2) when the answer is large.
    k = 1
    while k in nums:
        k += 1
    return k
