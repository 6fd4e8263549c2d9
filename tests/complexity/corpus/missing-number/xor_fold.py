# class: O(n)
# why: a single loop xor-ing each index and value
def missing_number(nums: list[int]) -> int:
    acc = len(nums)
    for i, v in enumerate(nums):
        acc ^= i ^ v
    return acc
