def length_of_longest_substring(s: str) -> int:
    last_seen = {}
    left = 0
    best = 0
    for right, ch in enumerate(s):
        prev = last_seen.get(ch)
        if prev is not None and prev >= left:
            left = prev + 1
        last_seen[ch] = right
        width = right - left + 1
        if width > best:
            best = width
    return best
