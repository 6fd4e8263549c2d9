def three_sum(nums):
    nums = sorted(nums)
    n = len(nums)
    result = []
    for i in range(n - 2):
        a = nums[i]
        if a > 0:
            break                   # every later value is positive too
        if i and a == nums[i - 1]:
            continue                # same first value: same triplets
        lo, hi = i + 1, n - 1
        while lo < hi:
            s = a + nums[lo] + nums[hi]
            if s < 0:
                lo += 1
            elif s > 0:
                hi -= 1
            else:
                b, c = nums[lo], nums[hi]
                result.append([a, b, c])
                while lo < hi and nums[lo] == b:
                    lo += 1
                while lo < hi and nums[hi] == c:
                    hi -= 1
    return result
