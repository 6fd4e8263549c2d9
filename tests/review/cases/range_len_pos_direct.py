# expect: range-len@4
def total(nums):
    s = 0
    for i in range(len(nums)):
        s += nums[i]
    return s
