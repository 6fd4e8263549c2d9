def character_replacement(s, k):
    counts = [0] * 26
    base = ord("A")
    top = 0             # largest count of one letter seen in any window so far
    left = 0
    for right, ch in enumerate(s):
        i = ord(ch) - base
        counts[i] += 1
        if counts[i] > top:
            top = counts[i]
        if right - left + 1 - top > k:
            # Too many letters to change: slide the window instead of growing it.
            counts[ord(s[left]) - base] -= 1
            left += 1
    return len(s) - left
