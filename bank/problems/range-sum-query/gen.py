def generate(n, rng):
    """The call sequence for a test of size n (the number of calls, the constructor included);
    rng is a random.Random. The list has n entries (at most 10^5); most queries span a large
    part of it, some a single position."""
    n = max(1, n)
    size = min(n, 10**5)
    nums = [rng.randint(-10**5, 10**5) for _ in range(size)]
    calls = [["NumArray", nums]]
    for _ in range(n - 1):
        if rng.random() < 0.1:
            i = rng.randrange(size)
            calls.append(["sum_range", i, i])
        else:
            left = rng.randrange(max(1, size // 4))
            right = rng.randrange(size - 1 - size // 4, size) if size > 1 else 0
            calls.append(["sum_range", min(left, right), max(left, right)])
    return calls
