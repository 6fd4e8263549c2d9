# class: O(n^2)
# why: checks pairs i < j in order; gen.py puts the only answer at j in [n/2, n-1) and n-1, so about n^2/2 pairs are tried before the return
def two_sum(nums: list[int], target: int) -> list[int]:
    n = len(nums)
    for i in range(n):
        for j in range(i + 1, n):
            if nums[i] + nums[j] == target:
                return [i, j]
    return []
