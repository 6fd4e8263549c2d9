def find_cheapest_price(n: int, flights: list[list[int]], src: int, dst: int, k: int) -> int:
    # Bellman-Ford cut off after k + 1 rounds: after round r, cost[v] is the cheapest price
    # of reaching v with at most r flights. Each round reads only the previous round's
    # prices, so one round never chains two flights together.
    INF = float("inf")
    cost = [INF] * n
    cost[src] = 0
    for _ in range(k + 1):
        new = cost[:]
        changed = False
        for a, b, price in flights:
            c = cost[a] + price
            if c < new[b]:
                new[b] = c
                changed = True
        cost = new
        if not changed:
            break                       # nothing improved: more flights cannot help
    return -1 if cost[dst] == INF else cost[dst]
