# class: O(n^2)
# why: for each anchor i, one pass over the later values with a set of complements: n^2/2 set operations
def three_sum(nums: list[int]) -> list[list[int]]:
    result = set()
    for i in range(len(nums)):
        seen = set()
        for j in range(i + 1, len(nums)):
            need = -nums[i] - nums[j]
            if need in seen:
                result.add(tuple(sorted((nums[i], nums[j], need))))
            seen.add(nums[j])
    return [list(t) for t in result]
