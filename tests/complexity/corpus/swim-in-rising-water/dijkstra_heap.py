# class: O(n log n)
# why: a minimax Dijkstra over the n cells: each cell is pushed once or a few times on a heap of up to O(n) entries
import heapq


def swim_time(heights: list[list[int]]) -> int:
    rows, cols = len(heights), len(heights[0])
    best = heights[0][0]
    heap = [(heights[0][0], 0, 0)]
    seen = {(0, 0)}
    while heap:
        level, r, c = heapq.heappop(heap)
        best = max(best, level)
        if (r, c) == (rows - 1, cols - 1):
            return best
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < rows and 0 <= nc < cols and (nr, nc) not in seen:
                seen.add((nr, nc))
                heapq.heappush(heap, (heights[nr][nc], nr, nc))
    return best
