def pacific_atlantic(heights: list[list[int]]) -> list[list[int]]:
    # Correct but O((m * n)^2): from every cell, search every cell the water can reach and
    # check whether that touches both oceans.
    rows, cols = len(heights), len(heights[0])
    result = []
    for r0 in range(rows):
        for c0 in range(cols):
            seen = {(r0, c0)}
            stack = [(r0, c0)]
            pacific = atlantic = False
            while stack and not (pacific and atlantic):
                r, c = stack.pop()
                if r == 0 or c == 0:
                    pacific = True
                if r == rows - 1 or c == cols - 1:
                    atlantic = True
                for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                    if (0 <= nr < rows and 0 <= nc < cols and (nr, nc) not in seen
                            and heights[nr][nc] <= heights[r][c]):
                        seen.add((nr, nc))
                        stack.append((nr, nc))
            if pacific and atlantic:
                result.append([r0, c0])
    return result
