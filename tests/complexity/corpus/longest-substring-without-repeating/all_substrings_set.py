# class: O(n^3)
# why: builds set(s[i:j]) for every one of the n^2/2 substrings with no early break: slice and set are O(j - i) each, so sum over pairs ~ n^3/6 (C-speed inner work)
def length_of_longest_substring(s: str) -> int:
    best = 0
    n = len(s)
    for i in range(n):
        for j in range(i + 1, n + 1):
            if len(set(s[i:j])) == j - i:
                best = max(best, j - i)
    return best
