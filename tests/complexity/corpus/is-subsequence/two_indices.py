# class: O(n)
# why: one index per string, each only moves forward: at most len(s) + len(t) = n steps
def is_subsequence(s: str, t: str) -> bool:
    i = 0
    for ch in t:
        if i < len(s) and s[i] == ch:
            i += 1
    return i == len(s)
