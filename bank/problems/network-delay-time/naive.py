def network_delay_time(times: list[list[int]], n: int, k: int) -> int:
    # Correct but O(n * m): Bellman-Ford, relaxing every link until nothing improves.
    INF = float("inf")
    dist = [INF] * (n + 1)
    dist[k] = 0
    for _ in range(n - 1):
        changed = False
        for u, v, w in times:
            if dist[u] + w < dist[v]:
                dist[v] = dist[u] + w
                changed = True
        if not changed:
            break
    worst = max(dist[1:])
    return -1 if worst == INF else worst
