# class: O(n^2)
# why: for each position, a generator counts the smaller values among all later ones: n(n-1)/2 comparisons
def count_smaller(nums: list[int]) -> list[int]:
    n = len(nums)
    return [sum(1 for j in range(i + 1, n) if nums[j] < nums[i]) for i in range(n)]
