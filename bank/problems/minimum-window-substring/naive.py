def min_window(s, t):
    # Correct but O(n^2): from every start, extend the end until the window covers t.
    need = {}
    for c in t:
        need[c] = need.get(c, 0) + 1
    best = ""
    n = len(s)
    for i in range(n):
        left = dict(need)
        missing = len(t)
        for j in range(i, n):
            c = s[j]
            if left.get(c, 0) > 0:
                left[c] -= 1
                missing -= 1
                if missing == 0:
                    if not best or j - i + 1 < len(best):
                        best = s[i:j + 1]
                    break
    return best
