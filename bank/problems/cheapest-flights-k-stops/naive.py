def find_cheapest_price(n: int, flights: list[list[int]], src: int, dst: int, k: int) -> int:
    # Correct but exponential: try every route of at most k + 1 flights that visits no city
    # twice, without remembering anything between routes.
    out = [[] for _ in range(n)]
    for a, b, price in flights:
        out[a].append((b, price))
    best = -1
    on_route = [False] * n

    def walk(city, spent, flights_left):
        nonlocal best
        if city == dst:
            if best < 0 or spent < best:
                best = spent
            return
        if flights_left == 0:
            return
        on_route[city] = True
        for nxt, price in out[city]:
            if not on_route[nxt]:
                walk(nxt, spent + price, flights_left - 1)
        on_route[city] = False

    walk(src, 0, k + 1)
    return best
