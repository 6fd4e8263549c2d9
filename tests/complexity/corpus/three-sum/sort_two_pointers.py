# class: O(n^2)
# why: sorts, then for each of the n anchors a two-pointer sweep over the rest; anchors are not skipped, so gen.py's repeated values still give n sweeps
def three_sum(nums: list[int]) -> list[list[int]]:
    nums = sorted(nums)
    found = set()
    n = len(nums)
    for i in range(n - 2):
        lo, hi = i + 1, n - 1
        while lo < hi:
            s = nums[i] + nums[lo] + nums[hi]
            if s == 0:
                found.add((nums[i], nums[lo], nums[hi]))
                lo += 1
                hi -= 1
            elif s < 0:
                lo += 1
            else:
                hi -= 1
    return [list(t) for t in found]
