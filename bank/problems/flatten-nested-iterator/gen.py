def generate(n, rng):
    """The call sequence for a test of size n (the number of integers); rng is a random.Random."""
    n = max(1, min(10**5, n))
    style = rng.randrange(3)
    if style == 0:
        p_open, p_close, p_empty, max_depth = 0.2, 0.2, 0.02, 100   # a bushy random tree
    elif style == 1:
        p_open, p_close, p_empty, max_depth = 0.5, 0.05, 0.0, 100   # long deep chains
    else:
        p_open, p_close, p_empty, max_depth = 0.1, 0.1, 0.4, 20     # many empty lists
    root = []
    stack = [root]
    lists = 1
    for _ in range(n):
        while len(stack) < max_depth and lists < 10**5 and rng.random() < p_open:
            child = []
            stack[-1].append(child)
            stack.append(child)
            lists += 1
        if lists < 10**5 and len(stack) < max_depth and rng.random() < p_empty:
            # An empty list, or a list holding one, without going deeper than max_depth.
            if rng.random() < 0.5 or len(stack) + 2 > max_depth:
                stack[-1].append([])
            else:
                stack[-1].append([[]])
            lists += 2
        stack[-1].append(rng.randint(-10**9, 10**9))
        while len(stack) > 1 and rng.random() < p_close:
            stack.pop()
    calls = [["NestedIterator", root]]
    # Walk through everything: usually has_next before next, sometimes twice, sometimes not.
    for _ in range(n):
        r = rng.random()
        if r < 0.7:
            calls.append(["has_next"])
        elif r < 0.75:
            calls += [["has_next"], ["has_next"]]
        calls.append(["next"])
    calls += [["has_next"], ["has_next"]]
    return calls
