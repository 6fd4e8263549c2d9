# class: O(n)
# why: builds a set of 0..n and removes the n values: linear set work in C
def missing_number(nums: list[int]) -> int:
    (answer,) = set(range(len(nums) + 1)) - set(nums)
    return answer
