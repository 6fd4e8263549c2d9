def single_number(nums: list[int]) -> int:
    # x ^ x == 0 and x ^ 0 == x: every pair cancels, the lonely value remains.
    result = 0
    for x in nums:
        result ^= x
    return result
