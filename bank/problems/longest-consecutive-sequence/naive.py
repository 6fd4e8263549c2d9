def longest_consecutive(nums):
    # Correct but O(n^2) or worse: from every value, count upward, searching the list
    # (not a set) for each next value.
    best = 0
    for x in nums:
        length = 1
        while x + length in nums:
            length += 1
        best = max(best, length)
    return best
