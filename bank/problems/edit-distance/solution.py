def edit_distance(a: str, b: str) -> int:
    if len(b) > len(a):
        a, b = b, a                      # the distance is symmetric; keep the row short
    # prev[j] is the distance between the processed prefix of a and b[:j].
    prev = list(range(len(b) + 1))
    for i, ch in enumerate(a, 1):
        cur = [i]
        for j, other in enumerate(b):
            if ch == other:
                cur.append(prev[j])
            else:
                # replace: prev[j], delete from a: prev[j + 1], insert into a: cur[j]
                best = prev[j]
                if prev[j + 1] < best:
                    best = prev[j + 1]
                if cur[j] < best:
                    best = cur[j]
                cur.append(best + 1)
        prev = cur
    return prev[-1]
