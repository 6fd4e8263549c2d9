def longest_valid_parentheses(s):
    # stack[0] is the index just before the current valid run; above it sit the
    # indices of the '(' characters that are still open.
    stack = [-1]
    best = 0
    for i, ch in enumerate(s):
        if ch == "(":
            stack.append(i)
        else:
            stack.pop()
            if stack:
                if i - stack[-1] > best:
                    best = i - stack[-1]
            else:
                stack.append(i)
    return best
