def reconstruct_itinerary(tickets: list[list[str]], start: str) -> list[str]:
    # Hierholzer's algorithm. Each airport's destinations are sorted in reverse, so the
    # smallest one is popped from the end in O(1).
    out = {}
    for src, dst in tickets:
        out.setdefault(src, []).append(dst)
    for dests in out.values():
        dests.sort(reverse=True)
    route = []
    stack = [start]
    while stack:
        dests = out.get(stack[-1])
        if dests:
            stack.append(dests.pop())
        else:
            # Stuck here: every ticket out of this airport is used, so it comes last among
            # what is still on the stack.
            route.append(stack.pop())
    route.reverse()
    return route
