import heapq


def swim_time(heights: list[list[int]]) -> int:
    rows, cols = len(heights), len(heights[0])
    flat = [h for row in heights for h in row]
    total = rows * cols
    goal = total - 1
    # Dijkstra where a route costs the highest cell on it instead of the sum of its cells.
    best = [None] * total
    best[0] = flat[0]
    heap = [(flat[0], 0)]
    done = [False] * total
    while heap:
        level, cell = heapq.heappop(heap)
        if done[cell]:
            continue
        if cell == goal:
            return level
        done[cell] = True
        r, c = divmod(cell, cols)
        for nxt, ok in ((cell - cols, r > 0), (cell + cols, r + 1 < rows),
                        (cell - 1, c > 0), (cell + 1, c + 1 < cols)):
            if ok and not done[nxt]:
                need = flat[nxt] if flat[nxt] > level else level
                old = best[nxt]
                if old is None or need < old:
                    best[nxt] = need
                    heapq.heappush(heap, (need, nxt))
    return -1  # unreachable: every grid is connected
