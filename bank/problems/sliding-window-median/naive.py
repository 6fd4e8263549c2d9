def median_sliding_window(nums, k):
    # Correct but O(n * k log k): sort every window afresh.
    result = []
    for i in range(len(nums) - k + 1):
        window = sorted(nums[i:i + k])
        if k % 2:
            result.append(float(window[k // 2]))
        else:
            result.append((window[k // 2 - 1] + window[k // 2]) / 2)
    return result
