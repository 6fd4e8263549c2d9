LIMIT = 2**31 - 1          # every intermediate value stays within [-LIMIT, LIMIT]


def _divide(a, b):
    q = abs(a) // abs(b)
    return q if (a < 0) == (b < 0) else -q


class _Builder:
    def __init__(self, rng, spaces, paren_share, max_depth, big_pieces=False):
        self.rng = rng
        self.big_pieces = big_pieces    # few big nested pieces rather than many small ones
        self.spaces = spaces            # chance of a space around an operator
        self.paren_share = paren_share  # chance that a factor is a parenthesized expression
        self.max_depth = max_depth

    def sep(self, op):
        return f" {op} " if self.rng.random() < self.spaces else op

    def number(self, budget):
        rng = self.rng
        digits = min(budget, rng.choice([1, 1, 2, 2, 3, 10]))
        if digits >= 10:
            value = rng.randint(10**9, LIMIT)
        else:
            value = rng.randint(0 if digits == 1 else 10 ** (digits - 1), 10**digits - 1)
        return str(value), value

    def factor(self, budget, depth):
        """A number or a parenthesized expression, maybe negated, of at most budget chars."""
        rng = self.rng
        negate = budget >= 2 and rng.random() < 0.15
        budget -= negate
        if budget >= 5 and depth < self.max_depth and rng.random() < self.paren_share:
            text, value = self.expr(budget - 2, depth + 1, fill=rng.random() < 0.7)
            text = "(" + text + ")"
        else:
            text, value = self.number(budget)
        return ("-" + text, -value) if negate else (text, value)

    def term(self, budget, depth):
        rng = self.rng
        text, value = self.factor(self._chunk(budget), depth)
        while budget - len(text) >= 4 and rng.random() < 0.4:
            op = self.sep(rng.choice("*/"))
            right, v = self.factor(self._chunk(budget - len(text) - len(op)), depth)
            if v == 0:
                op = op.replace("/", "*")
            elif "*" in op and abs(value * v) > LIMIT:
                op = op.replace("*", "/")
            value = value * v if "*" in op else _divide(value, v)
            text += op + right
        return text, value

    def expr(self, budget, depth, fill):
        """An expression of at most budget chars; with fill, close to budget chars."""
        rng = self.rng
        text, value = self.term(self._chunk(budget), depth)
        while budget - len(text) >= 4 and (fill or rng.random() < 0.5):
            op = self.sep(rng.choice("+-"))
            right, v = self.term(self._chunk(budget - len(text) - len(op)), depth)
            if abs(value + v if op.strip() == "+" else value - v) > LIMIT:
                op = op.replace("+", "-") if "+" in op else op.replace("-", "+")
            value = value + v if op.strip() == "+" else value - v
            text += op + right
        return text, value

    def _chunk(self, budget):
        if self.big_pieces:
            return self.rng.randint(1, max(1, budget))
        return self.rng.randint(1, max(1, min(budget, 40)))


def generate(n, rng):
    """Arguments for a test of size n (the length of the expression); rng is a random.Random."""
    n = max(1, min(10**5, n))
    style = rng.randrange(3)
    if style == 0:
        # A long chain with thousands of small parenthesized groups, rarely nested.
        text, _ = _Builder(rng, 0.5, 0.4, 3).expr(n, 0, fill=True)
    elif style == 1:
        # Parentheses everywhere, nested a few dozen levels deep.
        text, _ = _Builder(rng, 0.3, 0.6, 40, big_pieces=True).expr(n, 0, fill=True)
    else:
        # One deep chain: ((((7) * 2 - 3) / 4 ...), at most 1000 levels, then a flat tail.
        depth = max(0, min(1000, (n - 10) // 12))
        text, value = _Builder(rng, 0, 0, 0).number(min(3, n))
        for _ in range(depth):
            op = rng.choice("+-*/")
            v = rng.randint(1, 9)
            if op == "*" and abs(value * v) > LIMIT:
                op = "/"
            if op == "+" and value + v > LIMIT:
                op = "-"
            if op == "-" and value - v < -LIMIT:
                op = "+"
            value = {"+": value + v, "-": value - v, "*": value * v, "/": _divide(value, v)}[op]
            text = f"({text} {op} {v})"
            if rng.random() < 0.1:
                text, value = "-" + text, -value
        if n - len(text) >= 4:
            tail, v = _Builder(rng, 0.5, 0.05, 3).expr(n - len(text) - 3, 0, fill=True)
            if abs(value + v) > LIMIT:
                text += " - " + tail
            else:
                text += " + " + tail
    return [text]
