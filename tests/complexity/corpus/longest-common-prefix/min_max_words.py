# class: O(n)
# why: min() and max() of the n words are two linear C-speed passes; the common prefix of those two is the answer
def longest_common_prefix(words: list[str]) -> str:
    if not words:
        return ""
    lo, hi = min(words), max(words)
    for i, ch in enumerate(lo):
        if ch != hi[i]:
            return lo[:i]
    return lo
