# class: O(n^2)
# why: for each of the n positions multiplies the other n - 1 values in a Python loop
def product_except_self(nums: list[int]) -> list[int]:
    result = []
    for i in range(len(nums)):
        p = 1
        for j, v in enumerate(nums):
            if j != i:
                p *= v
        result.append(p)
    return result
