from collections import deque


def pacific_atlantic(heights: list[list[int]]) -> list[list[int]]:
    # Walk uphill from each ocean instead of downhill from every cell: a cell drains into
    # an ocean exactly when the ocean's border can climb (never down) to it.
    rows, cols = len(heights), len(heights[0])

    def climb(starts):
        seen = [[False] * cols for _ in range(rows)]
        queue = deque()
        for r, c in starts:
            if not seen[r][c]:
                seen[r][c] = True
                queue.append((r, c))
        while queue:
            r, c = queue.popleft()
            h = heights[r][c]
            for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                if 0 <= nr < rows and 0 <= nc < cols and not seen[nr][nc] and heights[nr][nc] >= h:
                    seen[nr][nc] = True
                    queue.append((nr, nc))
        return seen

    pacific = climb([(0, c) for c in range(cols)] + [(r, 0) for r in range(rows)])
    atlantic = climb([(rows - 1, c) for c in range(cols)] + [(r, cols - 1) for r in range(rows)])
    return [[r, c] for r in range(rows) for c in range(cols) if pacific[r][c] and atlantic[r][c]]
