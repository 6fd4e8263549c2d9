def rob(nums: list[int]) -> int:
    # best(i) = max(best(i - 1), best(i - 2) + nums[i - 1]); keep only the last two values.
    best_before, best = 0, 0        # best for the first i - 1 houses and for the first i
    for cash in nums:
        best_before, best = best, max(best, best_before + cash)
    return best
