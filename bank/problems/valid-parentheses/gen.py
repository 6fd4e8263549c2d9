OPEN = "([{"
CLOSE_OF = {"(": ")", "[": "]", "{": "}"}


def _balanced(n, rng, close_p):
    """A balanced string of even length n; close_p is the chance of closing when both moves are legal."""
    out, stack = [], []
    remaining = n
    while remaining > 0:
        if stack and (len(stack) == remaining or rng.random() < close_p):
            out.append(CLOSE_OF[stack.pop()])
        else:
            ch = rng.choice(OPEN)
            stack.append(ch)
            out.append(ch)
        remaining -= 1
    return out


def generate(n, rng):
    """Arguments for a test of size n (the string's length); rng is a random.Random."""
    style = rng.randrange(3)
    even = n - n % 2
    if style == 0:
        # A random balanced string (valid, unless n is odd).
        chars = _balanced(even, rng, 0.5)
    elif style == 1:
        # Nested as deeply as possible: n/2 openers, then all the closers.
        chars = _balanced(even, rng, 0.0)
    else:
        # A random balanced string with one character changed: always invalid.
        chars = _balanced(even, rng, 0.5)
        if chars:
            i = rng.randrange(len(chars))
            chars[i] = rng.choice([c for c in "()[]{}" if c != chars[i]])
    if n % 2:
        chars.append(rng.choice("()[]{}"))
    return ["".join(chars)]
