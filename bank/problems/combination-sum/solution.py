def combination_sum(candidates: list[int], target: int) -> list[list[int]]:
    nums = sorted(candidates)
    result = []
    path = []

    def backtrack(start, remaining):
        if remaining == 0:
            result.append(path[:])
            return
        for i in range(start, len(nums)):
            if nums[i] > remaining:
                break                      # sorted: every later candidate is too big as well
            path.append(nums[i])
            backtrack(i, remaining - nums[i])   # i, not i + 1: the number may repeat
            path.pop()

    backtrack(0, target)
    return result
