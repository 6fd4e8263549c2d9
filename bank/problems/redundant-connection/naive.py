def find_redundant_connection(edges: list[list[int]]) -> list[int]:
    # Correct but O(n^2): before adding each edge, search the graph built so far to see
    # whether its two ends are already connected.
    n = len(edges)
    graph = [[] for _ in range(n + 1)]
    for u, v in edges:
        seen = [False] * (n + 1)
        seen[u] = True
        stack = [u]
        while stack:
            x = stack.pop()
            if x == v:
                return [u, v]
            for y in graph[x]:
                if not seen[y]:
                    seen[y] = True
                    stack.append(y)
        graph[u].append(v)
        graph[v].append(u)
    return []
