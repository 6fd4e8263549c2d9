# class: O(2^n)
# why: unmemoized take-or-skip recursion: T(n) = T(n-1) + T(n-2), Fibonacci growth (~1.62^n), exponential in the n houses
import sys

sys.setrecursionlimit(1_000_000)


def rob(nums: list[int]) -> int:
    def best(i):
        if i >= len(nums):
            return 0
        return max(best(i + 1), nums[i] + best(i + 2))

    return best(0)
