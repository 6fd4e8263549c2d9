MOD = 1_000_000_007


def count_subsequences(s: str, t: str) -> int:
    # Plain recursion: either skip s[i], or use it for t[j] when they match. Without
    # remembering results, the same (i, j) is solved again and again: exponential time.
    def count(i, j):
        if j == len(t):
            return 1
        if i == len(s):
            return 0
        total = count(i + 1, j)
        if s[i] == t[j]:
            total += count(i + 1, j + 1)
        return total

    return count(0, 0) % MOD
