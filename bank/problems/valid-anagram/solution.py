def is_anagram(s, t):
    if len(s) != len(t):
        return False
    counts = [0] * 26
    base = ord("a")
    for c in s:
        counts[ord(c) - base] += 1
    for c in t:
        i = ord(c) - base
        counts[i] -= 1
        if counts[i] < 0:
            return False
    return True
