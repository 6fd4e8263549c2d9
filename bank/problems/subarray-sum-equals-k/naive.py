def subarray_sum(nums, k):
    # Correct but O(n^2): every start, every end, with a running sum.
    n = len(nums)
    count = 0
    for i in range(n):
        total = 0
        for j in range(i, n):
            total += nums[j]
            if total == k:
                count += 1
    return count
