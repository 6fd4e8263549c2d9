# class: O(n)
# why: bottom-up over the n steps with two rolling values
def min_cost_climb(cost: list[int]) -> int:
    a, b = 0, 0
    for i in range(2, len(cost) + 1):
        a, b = b, min(b + cost[i - 1], a + cost[i - 2])
    return b
