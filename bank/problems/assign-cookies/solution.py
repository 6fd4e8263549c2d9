def max_content_children(greed: list[int], cookies: list[int]) -> int:
    g = sorted(greed)
    c = sorted(cookies)
    i = j = 0
    while i < len(g) and j < len(c):
        if c[j] >= g[i]:
            i += 1          # child i takes cookie j
        j += 1
    return i
