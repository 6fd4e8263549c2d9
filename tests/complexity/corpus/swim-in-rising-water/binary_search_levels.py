# class: O(n log n)
# why: sorts the n cell heights, then binary-searches that sorted list (log n rounds) with a full O(n) flood fill per round
def swim_time(heights: list[list[int]]) -> int:
    rows, cols = len(heights), len(heights[0])
    levels = sorted({h for row in heights for h in row})

    def can_cross(t):
        if heights[0][0] > t:
            return False
        stack = [(0, 0)]
        seen = [[False] * cols for _ in range(rows)]
        seen[0][0] = True
        while stack:
            r, c = stack.pop()
            if r == rows - 1 and c == cols - 1:
                return True
            for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if 0 <= nr < rows and 0 <= nc < cols and not seen[nr][nc] and heights[nr][nc] <= t:
                    seen[nr][nc] = True
                    stack.append((nr, nc))
        return False

    lo, hi = 0, len(levels) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if can_cross(levels[mid]):
            hi = mid
        else:
            lo = mid + 1
    return levels[lo]
