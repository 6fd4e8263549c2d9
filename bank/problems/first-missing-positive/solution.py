def first_missing_positive(nums: list[int]) -> int:
    n = len(nums)
    # The answer is in 1..n+1, so only the values 1..n matter. Put each such value v at index
    # v - 1 by swapping; every swap settles one value for good, so this is O(n) overall.
    for i in range(n):
        v = nums[i]
        while 0 < v <= n and nums[v - 1] != v:
            displaced = nums[v - 1]
            nums[v - 1] = v
            nums[i] = displaced
            v = displaced
    # The first index that does not hold its own value names the missing number.
    for i in range(n):
        if nums[i] != i + 1:
            return i + 1
    return n + 1
