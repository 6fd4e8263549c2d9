# class: O(2^n)
# why: enumerates all 2^n subsets of houses as bitmasks and keeps the ones with no two neighbours
def rob(nums: list[int]) -> int:
    n = len(nums)
    best = 0
    for mask in range(1 << n):
        if mask & (mask >> 1):
            continue
        total = 0
        m, i = mask, 0
        while m:
            if m & 1:
                total += nums[i]
            m >>= 1
            i += 1
        best = max(best, total)
    return best
