# class: O(n)
# why: one left-to-right pass for prefix products and one right-to-left pass for suffix products
def product_except_self(nums: list[int]) -> list[int]:
    n = len(nums)
    out = [1] * n
    running = 1
    for i in range(n):
        out[i] = running
        running *= nums[i]
    running = 1
    for i in range(n - 1, -1, -1):
        out[i] *= running
        running *= nums[i]
    return out
