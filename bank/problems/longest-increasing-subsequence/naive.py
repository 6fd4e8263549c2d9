def length_of_lis(nums: list[int]) -> int:
    # Correct but O(n^2): best[i] is the longest increasing subsequence ending at index i.
    best = [1] * len(nums)
    for i in range(len(nums)):
        for j in range(i):
            if nums[j] < nums[i] and best[j] + 1 > best[i]:
                best[i] = best[j] + 1
    return max(best, default=0)
