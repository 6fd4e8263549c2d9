def length_of_longest_substring(s: str) -> int:
    # Correct but slow: for every start, grows the window one character at a time and
    # re-checks the whole window for a repeat by building a set from scratch.
    n = len(s)
    best = 0
    for i in range(n):
        for j in range(i, n):
            if len(set(s[i:j + 1])) < j - i + 1:
                break
            best = max(best, j - i + 1)
    return best
