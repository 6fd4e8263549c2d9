def generate(n, rng):
    """The call sequence for a test of size n (the number of calls, the constructor included);
    rng is a random.Random. pop, top and get_min are only issued on a non-empty stack."""
    n = max(1, n)
    lo, hi = -2**31, 2**31 - 1
    style = rng.randrange(3)
    calls = [["MinStack"]]
    size = 0
    grow = (n - 1) // 2          # the first half builds a deep stack
    for i in range(n - 1):
        if style == 0:
            # Random values: a deep stack, then mostly queries with a few pops and pushes.
            val = rng.randint(lo, hi)
        elif style == 1:
            # Falling values: every push is a new minimum, so pops keep changing it.
            val = hi - i * 20000
        else:
            # Few distinct values: the minimum repeats many times in the stack.
            val = rng.randint(-3, 3)
        if i < grow or size == 0:
            calls.append(["push", val])
            size += 1
            continue
        r = rng.random()
        if r < 0.6:
            calls.append(["get_min"])
        elif r < 0.75:
            calls.append(["top"])
        elif r < 0.9:
            calls.append(["pop"])
            size -= 1
        else:
            calls.append(["push", val])
            size += 1
    return calls
