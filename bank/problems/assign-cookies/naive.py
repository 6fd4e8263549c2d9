def max_content_children(greed, cookies):
    g = sorted(greed)
    c = sorted(cookies)
    used = [False] * len(c)
    content = 0
    for need in g:
        # look for the smallest unused cookie that is big enough
        for j in range(len(c)):
            if not used[j] and c[j] >= need:
                used[j] = True
                content += 1
                break
    return content
