def generate(n, rng):
    """The call sequence for a test of size n (the number of calls, the constructor included);
    rng is a random.Random. pop and peek are only issued on a non-empty queue."""
    n = max(1, n)
    style = rng.randrange(3)
    calls = [["MyQueue"]]
    size = 0
    grow = (n - 1) // 2          # the first half fills a long queue
    for i in range(n - 1):
        if style == 2:
            x = rng.randint(0, 3)          # few distinct values
        else:
            x = rng.randint(-10**9, 10**9)
        if i < grow or size == 0:
            calls.append(["push", x])
            size += 1
            continue
        r = rng.random()
        if style == 1:
            # Interleaved: pushes keep arriving while the front is drained.
            if r < 0.35:
                calls.append(["push", x])
                size += 1
            elif r < 0.7:
                calls.append(["pop"])
                size -= 1
            elif r < 0.9:
                calls.append(["peek"])
            else:
                calls.append(["empty"])
        else:
            if r < 0.45:
                calls.append(["peek"])
            elif r < 0.75:
                calls.append(["pop"])
                size -= 1
            elif r < 0.9:
                calls.append(["push", x])
                size += 1
            else:
                calls.append(["empty"])
    return calls
