# class: O(n^3)
# why: sum(nums[i:j + 1]) recomputed from scratch for each of the n^2/2 (i, j) pairs; each slice and sum is O(j - i) at C speed
def subarray_sum(nums: list[int], k: int) -> int:
    n = len(nums)
    return sum(1 for i in range(n) for j in range(i, n) if sum(nums[i:j + 1]) == k)
