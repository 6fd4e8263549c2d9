def is_subsequence(s: str, t: str) -> bool:
    i, n = 0, len(s)
    if n == 0:
        return True
    for ch in t:
        if ch == s[i]:
            i += 1
            if i == n:
                return True
    return False
