def longest_common_subsequence(a: str, b: str) -> int:
    if len(b) > len(a):
        a, b = b, a                      # keep the row as short as possible
    # prev[j] is the LCS length of the processed prefix of a and b[:j].
    prev = [0] * (len(b) + 1)
    for ch in a:
        cur = [0]
        for j, other in enumerate(b):
            if ch == other:
                cur.append(prev[j] + 1)
            else:
                left, up = cur[j], prev[j + 1]
                cur.append(left if left > up else up)
        prev = cur
    return prev[-1]
