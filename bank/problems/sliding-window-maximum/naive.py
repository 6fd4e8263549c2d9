def max_sliding_window(nums, k):
    # Correct but O(n * k): take the maximum of every window afresh.
    return [max(nums[i:i + k]) for i in range(len(nums) - k + 1)]
