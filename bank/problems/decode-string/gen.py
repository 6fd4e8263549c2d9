import string

LETTERS = string.ascii_lowercase
BUDGET = 10**5          # the longest decoded string the constraints allow


def generate(n, rng):
    """Arguments for a test of size n (the length of s, at most 10^4); rng is a random.Random.

    The string is built left to right. `mult` is the product of the counts of the open
    groups, so each letter written adds `mult` characters to the decoded string (at most
    10 * n in all); a letter that would exceed the budget first closes groups (every open
    group already holds a letter), and at the top level the string simply ends early.
    """
    n = max(1, min(10**4, n))
    style = rng.randrange(3)
    if style == 0:
        # Wide: many short groups side by side, single-digit counts, shallow nesting.
        p_open, p_close, counts, slack = 0.12, 0.3, lambda: rng.randint(1, 9), 1
    elif style == 1:
        # Deep: groups nested about n / 5 levels deep, almost every count 1.
        p_open, p_close, counts, slack = 0.45, 0.02, lambda: 1 if rng.random() < 0.97 else rng.randint(2, 3), 1
    else:
        # Big counts: multi-digit counts up to 300 around short texts.
        # The string may end well before n characters: the decoded text fills the budget.
        p_open, p_close, counts, slack = 0.2, 0.35, lambda: rng.choice((rng.randint(10, 300), rng.randint(1, 99))), 30
    budget = min(BUDGET, 10 * n)
    parts = []
    length = 0          # characters written so far
    decoded = 0         # length of the decoded string so far
    stack = []          # counts of the open groups
    mult = 1
    while True:
        room = n - length - len(stack)      # what is left after the closing brackets
        r = rng.random()
        if stack and r < p_close:
            parts.append("]")
            length += 1
            mult //= stack.pop()
            continue
        # Keep the multiplier low enough that letters can fill the remaining room (times
        # `slack`) without passing the budget.
        limit = max(1, (budget - decoded) // max(1, room)) * slack
        k = max(1, min(counts(), limit // mult, (budget - decoded) // mult))
        if r < p_close + p_open and room >= len(str(k)) + 3 and decoded + mult * k <= budget:
            # Open a group and put its first letter in at once: groups are never empty.
            stack.append(k)
            mult *= k
            parts.append(f"{k}[{rng.choice(LETTERS)}")
            length += len(str(k)) + 2
            decoded += mult
            continue
        if room < 1:
            break
        if decoded + mult > budget:
            if not stack:
                break
            parts.append("]")
            length += 1
            mult //= stack.pop()
            continue
        parts.append(rng.choice(LETTERS))
        length += 1
        decoded += mult
    parts.append("]" * len(stack))
    return ["".join(parts)]
