def calculate(expression: str) -> int:
    """Evaluate + - * / with parentheses and unary minus; / truncates toward zero.

    Grammar (one function per rule, lowest precedence first):
        expr   := term (('+' | '-') term)*
        term   := unary (('*' | '/') unary)*
        unary  := '-' unary | atom
        atom   := NUMBER | '(' expr ')'
    """
    tokens = _tokenize(expression)
    pos = 0

    def peek():
        return tokens[pos] if pos < len(tokens) else None

    def take():
        nonlocal pos
        token = tokens[pos]
        pos += 1
        return token

    def expr():
        value = term()
        while peek() in ("+", "-"):
            if take() == "+":
                value += term()
            else:
                value -= term()
        return value

    def term():
        value = unary()
        while peek() in ("*", "/"):
            if take() == "*":
                value *= unary()
            else:
                value = _divide(value, unary())
        return value

    def unary():
        if peek() == "-":
            take()
            return -unary()
        return atom()

    def atom():
        token = take()
        if token == "(":
            value = expr()
            take()                                    # the matching ')'
            return value
        return token                                  # an int

    return expr()


def _tokenize(expression):
    tokens = []
    i, n = 0, len(expression)
    while i < n:
        ch = expression[i]
        if ch.isdigit():
            j = i
            while j < n and expression[j].isdigit():
                j += 1
            tokens.append(int(expression[i:j]))
            i = j
        else:
            if ch != " ":
                tokens.append(ch)
            i += 1
    return tokens


def _divide(a, b):
    """Integer division truncating toward zero (Python's // rounds toward minus infinity)."""
    q = abs(a) // abs(b)
    return q if (a < 0) == (b < 0) else -q
