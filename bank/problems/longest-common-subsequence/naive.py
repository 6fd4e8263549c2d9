def longest_common_subsequence(a: str, b: str) -> int:
    # Correct but exponential: the recurrence on the last characters, remembering nothing.
    def lcs(i, j):
        if i == 0 or j == 0:
            return 0
        if a[i - 1] == b[j - 1]:
            return lcs(i - 1, j - 1) + 1
        return max(lcs(i - 1, j), lcs(i, j - 1))

    return lcs(len(a), len(b))
