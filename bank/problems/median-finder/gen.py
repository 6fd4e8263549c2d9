def generate(n, rng):
    """The call sequence for a test of size n (the number of calls, the constructor included);
    rng is a random.Random."""
    n = max(1, n)
    style = rng.randrange(3)
    calls = [["MedianFinder"]]
    added = 0
    for i in range(n - 1):
        if added and rng.random() < 0.5:
            calls.append(["find_median"])
            continue
        if style == 0:
            num = rng.randint(-10**5, 10**5)           # anywhere in the range
        elif style == 1:
            num = -10**5 + (2 * 10**5 * i) // max(1, n)  # steadily increasing
        else:
            num = rng.randint(-3, 3)                   # heavy duplicates
        calls.append(["add_num", num])
        added += 1
    return calls
