# class: O(n)
# why: one pass for the product of the non-zero values and the zero count, one pass to build the answer
def product_except_self(nums: list[int]) -> list[int]:
    zeros = 0
    product = 1
    for v in nums:
        if v == 0:
            zeros += 1
        else:
            product *= v
    if zeros > 1:
        return [0] * len(nums)
    if zeros == 1:
        return [product if v == 0 else 0 for v in nums]
    return [product // v for v in nums]
