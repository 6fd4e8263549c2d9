def min_cost_climb(cost):
    n = len(cost)

    def cheapest_from(i):
        # try both moves from step i, without remembering anything
        if i >= n:
            return 0
        return cost[i] + min(cheapest_from(i + 1), cheapest_from(i + 2))

    return min(cheapest_from(0), cheapest_from(1))
