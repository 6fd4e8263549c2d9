def subsets(nums: list[int]) -> list[list[int]]:
    result = []
    path = []

    def backtrack(start):
        result.append(path[:])          # the current path is one subset
        for i in range(start, len(nums)):
            path.append(nums[i])
            backtrack(i + 1)
            path.pop()

    backtrack(0)
    return result
