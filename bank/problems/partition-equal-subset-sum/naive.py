def can_partition(nums: list[int]) -> bool:
    # Correct but exponential: take or leave each number, remembering nothing.
    total = sum(nums)
    if total % 2:
        return False
    target = total // 2

    def reachable(i, remaining):
        if remaining == 0:
            return True
        if i == len(nums) or remaining < 0:
            return False
        return reachable(i + 1, remaining - nums[i]) or reachable(i + 1, remaining)

    return reachable(0, target)
