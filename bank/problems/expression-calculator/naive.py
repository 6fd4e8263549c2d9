def calculate(expression: str) -> int:
    # Correct but O(n^2): evaluate the innermost parentheses, splice the result into the token
    # list, and scan the whole list again from the start for the next pair.
    tokens = []
    i = 0
    while i < len(expression):
        ch = expression[i]
        if ch.isdigit():
            j = i
            while j < len(expression) and expression[j].isdigit():
                j += 1
            tokens.append(int(expression[i:j]))
            i = j
            continue
        if ch != " ":
            tokens.append(ch)
        i += 1
    while True:
        open_at = -1
        for k, token in enumerate(tokens):
            if token == "(":
                open_at = k
            elif token == ")":
                tokens[open_at:k + 1] = [_flat(tokens[open_at + 1:k])]
                break
        else:
            return _flat(tokens)


def _flat(tokens):
    """Evaluate a parenthesis-free token list with unary minus."""
    # Fold unary minus signs into the numbers first.
    values, ops = [], []
    k = 0
    while k < len(tokens):
        sign = 1
        while tokens[k] == "-":
            sign = -sign
            k += 1
        values.append(sign * tokens[k])
        k += 1
        if k < len(tokens):
            ops.append(tokens[k])
            k += 1
    # Then * and /, left to right, then + and -.
    terms, signs = [values[0]], []
    for op, v in zip(ops, values[1:]):
        if op == "*":
            terms[-1] *= v
        elif op == "/":
            q = abs(terms[-1]) // abs(v)
            terms[-1] = q if (terms[-1] < 0) == (v < 0) else -q
        else:
            signs.append(op)
            terms.append(v)
    total = terms[0]
    for op, v in zip(signs, terms[1:]):
        total = total + v if op == "+" else total - v
    return total
