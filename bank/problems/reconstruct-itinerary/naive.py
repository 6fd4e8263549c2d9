def reconstruct_itinerary(tickets: list[list[str]], start: str) -> list[str]:
    # Backtracking: always try the smallest unused ticket first and undo it on a dead end.
    # The first complete itinerary found is the smallest, but dead ends can cost exponential time.
    order = sorted(range(len(tickets)), key=lambda i: tickets[i][1])
    out = {}
    for i in order:
        out.setdefault(tickets[i][0], []).append(i)
    used = [False] * len(tickets)
    route = [start]

    def extend(airport):
        if len(route) == len(tickets) + 1:
            return True
        for i in out.get(airport, []):
            if not used[i]:
                used[i] = True
                route.append(tickets[i][1])
                if extend(tickets[i][1]):
                    return True
                route.pop()
                used[i] = False
        return False

    extend(start)
    return route
