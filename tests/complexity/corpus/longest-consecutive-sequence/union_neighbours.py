# class: O(n)
# why: a dict from value to the length of the run it ends or starts; each new value merges at most two runs in O(1)
def longest_consecutive(nums: list[int]) -> int:
    span = {}
    best = 0
    for x in nums:
        if x in span:
            continue
        left = span.get(x - 1, 0)
        right = span.get(x + 1, 0)
        total = left + right + 1
        span[x] = total
        span[x - left] = total
        span[x + right] = total
        best = max(best, total)
    return best
