def is_match(s, pattern):
    # cur[j]: does s[i:] match pattern[j:], for the current i (from the end backwards).
    m, n = len(s), len(pattern)
    p = pattern
    cur = [False] * (n + 1)
    cur[n] = True
    for j in range(n - 2, -1, -1):
        cur[j] = p[j + 1] == "*" and cur[j + 2]
    for i in range(m - 1, -1, -1):
        nxt = cur
        cur = [False] * (n + 1)
        c = s[i]
        for j in range(n - 1, -1, -1):
            pj = p[j]
            first = pj == c or pj == "."
            if j + 1 < n and p[j + 1] == "*":
                cur[j] = cur[j + 2] or (first and nxt[j])
            else:
                cur[j] = first and nxt[j + 1]
    return cur[0]
