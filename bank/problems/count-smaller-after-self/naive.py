def count_smaller(nums):
    # Compare every pair: O(n^2).
    n = len(nums)
    return [sum(1 for j in range(i + 1, n) if nums[j] < nums[i]) for i in range(n)]
