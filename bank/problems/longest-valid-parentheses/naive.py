def longest_valid_parentheses(s):
    # Extend a balance counter from every start: O(n^2).
    best = 0
    n = len(s)
    for i in range(n):
        bal = 0
        for j in range(i, n):
            bal += 1 if s[j] == "(" else -1
            if bal < 0:
                break
            if bal == 0 and j - i + 1 > best:
                best = j - i + 1
    return best
