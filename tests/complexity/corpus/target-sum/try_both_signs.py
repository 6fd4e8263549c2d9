# class: O(2^n)
# why: explores + and - for each of the n numbers with no memo: exactly 2^n leaves
def find_target_sum_ways(nums: list[int], target: int) -> int:
    def ways(i, total):
        if i == len(nums):
            return 1 if total == target else 0
        return ways(i + 1, total + nums[i]) + ways(i + 1, total - nums[i])

    return ways(0, 0)
