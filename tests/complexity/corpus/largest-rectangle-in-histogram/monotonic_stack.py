# class: O(n)
# why: each bar is pushed and popped at most once on an increasing stack of indices
def largest_rectangle(heights: list[int]) -> int:
    stack = []
    best = 0
    for i, h in enumerate(heights + [0]):
        start = i
        while stack and stack[-1][1] >= h:
            start, top = stack.pop()
            best = max(best, top * (i - start))
        stack.append((start, h))
    return best
