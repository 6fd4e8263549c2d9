# class: O(n)
# why: a set of the n values; runs are only walked from their first value, so every value is visited O(1) times
def longest_consecutive(nums: list[int]) -> int:
    values = set(nums)
    best = 0
    for v in values:
        if v - 1 not in values:
            end = v
            while end + 1 in values:
                end += 1
            best = max(best, end - v + 1)
    return best
