def min_cost_climb(cost: list[int]) -> int:
    # a, b: cheapest cost to stand on steps i - 2 and i - 1
    a = b = 0
    for i in range(2, len(cost) + 1):
        a, b = b, min(b + cost[i - 1], a + cost[i - 2])
    return b
