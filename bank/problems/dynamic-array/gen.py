def generate(n, rng):
    """n calls, the constructor included: mostly appends, with reads, writes and pops."""
    n = max(1, n)
    style = rng.randrange(2)
    p_append = 0.85 if style == 0 else 0.6
    calls = [["DynamicArray"]]
    size = 0
    for _ in range(n - 1):
        r = rng.random()
        if size == 0 or r < p_append:
            calls.append(["append", rng.randint(-10**9, 10**9)])
            size += 1
        elif r < p_append + (1 - p_append) * 0.35:
            calls.append(["get", rng.randrange(size)])
        elif r < p_append + (1 - p_append) * 0.6:
            calls.append(["set", rng.randrange(size), rng.randint(-10**9, 10**9)])
        elif r < p_append + (1 - p_append) * 0.75:
            calls.append(["size"])
        else:
            calls.append(["pop"])
            size -= 1
    return calls
