# class: O(n log n)
# why: sorts the n words (comparisons of strings up to 100 characters), then compares only the first and the last
def longest_common_prefix(words: list[str]) -> str:
    if not words:
        return ""
    ordered = sorted(words)
    first, last = ordered[0], ordered[-1]
    k = 0
    while k < len(first) and k < len(last) and first[k] == last[k]:
        k += 1
    return first[:k]
