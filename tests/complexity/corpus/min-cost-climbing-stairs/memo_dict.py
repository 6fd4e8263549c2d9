# class: O(n)
# why: bottom-up fill of a dict keyed by step, from the top down to 0; each of the n entries is computed once
def min_cost_climb(cost: list[int]) -> int:
    n = len(cost)
    memo = {n: 0, n + 1: 0}
    for i in range(n - 1, -1, -1):
        memo[i] = cost[i] + min(memo[i + 1], memo[i + 2])
    return min(memo[0], memo[1])
