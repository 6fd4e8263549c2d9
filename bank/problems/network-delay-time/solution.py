import heapq


def network_delay_time(times: list[list[int]], n: int, k: int) -> int:
    graph = [[] for _ in range(n + 1)]
    for u, v, w in times:
        graph[u].append((v, w))
    INF = float("inf")
    dist = [INF] * (n + 1)
    dist[k] = 0
    heap = [(0, k)]
    settled = 0
    while heap:
        d, u = heapq.heappop(heap)
        if d > dist[u]:
            continue                    # a stale entry: u was reached sooner in the meantime
        settled += 1
        for v, w in graph[u]:
            nd = d + w
            if nd < dist[v]:
                dist[v] = nd
                heapq.heappush(heap, (nd, v))
    return max(dist[1:]) if settled == n else -1
