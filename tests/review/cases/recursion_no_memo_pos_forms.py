# expect: recursion-no-memo@5, recursion-no-memo@12, recursion-no-memo@20
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)


class Solution:
    def rob(self, nums, i=0):
        if i >= len(nums):
            return 0
        return max(self.rob(nums, i + 1), nums[i] + self.rob(nums, i + 2))


def decode(s, i):
    if i == len(s):
        return 1
    total = decode(s, i + 1)
    if i + 1 < len(s) and s[i:i + 2] < "27":
        total += decode(s, i + 2)
    return total
