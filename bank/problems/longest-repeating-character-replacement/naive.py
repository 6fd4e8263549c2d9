def character_replacement(s, k):
    # Correct but O(n^2): extend a window from every start, tracking its most common letter.
    n = len(s)
    best = 0
    for i in range(n):
        counts = {}
        top = 0
        for j in range(i, n):
            c = counts.get(s[j], 0) + 1
            counts[s[j]] = c
            if c > top:
                top = c
            if j - i + 1 - top <= k and j - i + 1 > best:
                best = j - i + 1
    return best
