def is_match(s, pattern):
    # Plain backtracking without memoization: exponential on patterns like a*a*a*b.
    if not pattern:
        return not s
    first = bool(s) and pattern[0] in (s[0], ".")
    if len(pattern) >= 2 and pattern[1] == "*":
        return is_match(s, pattern[2:]) or (first and is_match(s[1:], pattern))
    return first and is_match(s[1:], pattern[1:])
