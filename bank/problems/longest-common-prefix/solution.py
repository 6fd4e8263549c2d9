def longest_common_prefix(words):
    # The common prefix of all words equals the common prefix of the
    # lexicographically smallest and largest words.
    if not words:
        return ""
    lo, hi = min(words), max(words)
    i = 0
    while i < len(lo) and lo[i] == hi[i]:
        i += 1
    return lo[:i]
