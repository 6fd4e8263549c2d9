def largest_rectangle(heights: list[int]) -> int:
    best = 0
    stack = []                        # indices of bars, heights strictly increasing upwards
    for i, h in enumerate(heights + [0]):   # the final 0 flushes the stack
        while stack and heights[stack[-1]] >= h:
            j = stack.pop()
            left = stack[-1] + 1 if stack else 0
            area = heights[j] * (i - left)
            if area > best:
                best = area
        stack.append(i)
    return best
