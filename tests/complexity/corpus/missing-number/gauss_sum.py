# class: O(n)
# why: the expected total is a formula; sum() over the n values is the only linear work
def missing_number(nums: list[int]) -> int:
    n = len(nums)
    return n * (n + 1) // 2 - sum(nums)
