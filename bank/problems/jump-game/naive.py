def can_jump(nums: list[int]) -> bool:
    # Correct but O(n * max(nums)): mark every index that each reachable index can land on.
    n = len(nums)
    reachable = [False] * n
    reachable[0] = True
    for i in range(n):
        if reachable[i]:
            for j in range(i + 1, min(n, i + nums[i] + 1)):
                reachable[j] = True
    return reachable[-1]
