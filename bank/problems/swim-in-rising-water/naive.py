from collections import deque


def swim_time(heights: list[list[int]]) -> int:
    # Try every candidate water level in increasing order and flood-fill at each one: O(n^2).
    rows, cols = len(heights), len(heights[0])
    low = max(heights[0][0], heights[rows - 1][cols - 1])
    for t in sorted({h for row in heights for h in row if h >= low}):
        seen = [[False] * cols for _ in range(rows)]
        seen[0][0] = True
        queue = deque([(0, 0)])
        while queue:
            r, c = queue.popleft()
            if r == rows - 1 and c == cols - 1:
                return t
            for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if 0 <= nr < rows and 0 <= nc < cols and not seen[nr][nc] and heights[nr][nc] <= t:
                    seen[nr][nc] = True
                    queue.append((nr, nc))
    return -1
