# class: O(n)
# why: the take-or-skip recursion with a dict memo: each of the n+2 states is computed once, the rest are O(1) lookups
import sys

sys.setrecursionlimit(1_000_000)


def rob(nums: list[int]) -> int:
    memo = {}

    def best(i):
        if i >= len(nums):
            return 0
        if i not in memo:
            memo[i] = max(best(i + 1), nums[i] + best(i + 2))
        return memo[i]

    return best(0)
