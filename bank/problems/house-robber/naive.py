def rob(nums: list[int]) -> int:
    # Correct but exponential: try robbing or skipping each house, remembering nothing.
    def best(i):
        if i >= len(nums):
            return 0
        return max(best(i + 1), nums[i] + best(i + 2))

    return best(0)
