# class: O(n)
# why: one pass over the n houses keeping the best totals for "robbed the previous house" and "skipped it"
def rob(nums: list[int]) -> int:
    take, skip = 0, 0
    for amount in nums:
        take, skip = skip + amount, max(take, skip)
    return max(take, skip)
