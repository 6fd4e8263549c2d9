LIMIT = 2**31 - 1


def _apply(op, a, b):
    if op == "+":
        return a + b
    if op == "-":
        return a - b
    if op == "*":
        return a * b
    q = abs(a) // abs(b)
    return q if (a < 0) == (b < 0) else -q


def _pick_op(a, b, rng):
    ops = ["+", "-", "*", "/"]
    rng.shuffle(ops)
    for op in ops:
        if op == "/" and b == 0:
            continue
        if -LIMIT - 1 <= _apply(op, a, b) <= LIMIT:
            return op
    raise AssertionError("+ or - always fits")


def generate(n, rng):
    """Arguments for a test of size n (the number of tokens; an even n gives n - 1 tokens);
    rng is a random.Random. Every intermediate value fits in 32 bits and no division is by zero."""
    m = max(1, n if n % 2 else n - 1)
    numbers = (m + 1) // 2
    style = rng.randrange(3)
    tokens, stack, pushed = [], [], 0
    while len(tokens) < m:
        can_push = pushed < numbers
        can_op = len(stack) >= 2
        if style == 0:
            # Random shape: push or apply at random.
            push = can_push and (not can_op or rng.random() < 0.5)
        elif style == 1:
            # Every number first, then every operator: the stack grows to about n / 2.
            push = can_push
        else:
            # A left-leaning chain: a number, then (number, operator) pairs.
            push = can_push and not can_op
        if push:
            v = rng.randint(-200, 200)
            tokens.append(str(v))
            stack.append(v)
            pushed += 1
        else:
            b = stack.pop()
            a = stack.pop()
            op = _pick_op(a, b, rng)
            tokens.append(op)
            stack.append(_apply(op, a, b))
    return [tokens]
