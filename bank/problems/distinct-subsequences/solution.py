from bisect import bisect_left, bisect_right

MOD = 1_000_000_007


def count_subsequences(s: str, t: str) -> int:
    n, m = len(s), len(t)
    if m > n:
        return 0
    # ways[j]: the number of ways to pick t[:j] from the part of s read so far.
    ways = [1] + [0] * m
    where = {}
    for j, ch in enumerate(t, 1):
        where.setdefault(ch, []).append(j)
    for i, ch in enumerate(s):
        spots = where.get(ch)
        if not spots:
            continue
        # s[i] can only be the j-th letter of t when j <= i + 1 and enough of s is left for
        # the rest of t; walk those j from high to low so that each ways[j - 1] is still the
        # value from before s[i].
        lo = bisect_left(spots, m - (n - 1 - i))
        hi = bisect_right(spots, i + 1)
        for k in range(hi - 1, lo - 1, -1):
            j = spots[k]
            ways[j] = (ways[j] + ways[j - 1]) % MOD
    return ways[m]
