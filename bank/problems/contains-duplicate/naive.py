def contains_duplicate(nums):
    # Correct but O(n^2): compare every pair of positions.
    n = len(nums)
    for i in range(n):
        for j in range(i + 1, n):
            if nums[i] == nums[j]:
                return True
    return False
