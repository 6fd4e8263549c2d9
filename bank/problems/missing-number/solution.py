def missing_number(nums: list[int]) -> int:
    acc = len(nums)
    for i, x in enumerate(nums):
        acc ^= i ^ x
    return acc
