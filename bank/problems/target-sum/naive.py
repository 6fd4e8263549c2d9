def find_target_sum_ways(nums: list[int], target: int) -> int:
    # Correct but O(2^n): try both signs for every number.
    n = len(nums)

    def count(i, value):
        if i == n:
            return 1 if value == target else 0
        return count(i + 1, value + nums[i]) + count(i + 1, value - nums[i])

    return count(0, 0)
