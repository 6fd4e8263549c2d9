def generate(n, rng):
    """n calls, the constructor included; the constructor gets about n / 2 scores."""
    n = max(1, n)
    style = rng.randrange(3)
    m = n // 2
    if style == 2:
        nums = [rng.randint(-50, 50) for _ in range(m)]     # many duplicates
    else:
        nums = [rng.randint(-10**9, 10**9) for _ in range(m)]
    if style == 0:
        k = rng.randint(1, min(10**4, m + 1))
    else:
        k = min(10**4, m + 1)
    calls = [["KthLargest", k, nums]]
    for i in range(n - 1):
        if style == 1:
            val = -10**9 + 20000 * i + rng.randint(0, 10)   # rising scores: the answer moves
        elif style == 2:
            val = rng.randint(-50, 50)
        else:
            val = rng.randint(-10**9, 10**9)
        calls.append(["add", val])
    return calls
