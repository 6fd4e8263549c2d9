# class: O(2^n)
# why: each call branches into one-step and two-step climbs with no memo: Fibonacci-many calls (~1.62^n) in the n steps
import sys

sys.setrecursionlimit(1_000_000)


def min_cost_climb(cost: list[int]) -> int:
    n = len(cost)

    def from_step(i):
        if i >= n:
            return 0
        return cost[i] + min(from_step(i + 1), from_step(i + 2))

    return min(from_step(0), from_step(1))
