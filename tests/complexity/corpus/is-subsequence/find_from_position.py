# class: O(n)
# why: str.find resumes from the last match position, so the searches together cover t once, plus one call per character of s
def is_subsequence(s: str, t: str) -> bool:
    pos = 0
    for ch in s:
        found = t.find(ch, pos)
        if found < 0:
            return False
        pos = found + 1
    return True
