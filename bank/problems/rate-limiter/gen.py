def generate(n, rng):
    """The call sequence for a test of size n (the number of calls, the constructor included);
    rng is a random.Random."""
    n = max(1, min(10**5 + 1, n))
    style = rng.randrange(3)
    if style == 0:
        # A generous limit and a long window: most requests are accepted and stay in the log.
        max_requests = max(1, n * 3 // 4)
        window = 10**6
        gaps = lambda: rng.randint(0, 20)
    elif style == 1:
        # A tight limit under bursts: runs of requests at one timestamp, then a pause.
        max_requests = rng.randint(1, 10)
        window = rng.randint(1, 50)
        gaps = lambda: 0 if rng.random() < 0.8 else rng.randint(1, 60)
    else:
        # A steady stream near the limit: roughly as many accepted as rejected.
        window = rng.randint(100, 1000)
        max_requests = max(1, window // 2)
        gaps = lambda: rng.randint(0, 2)
    calls = [["RateLimiter", max_requests, window]]
    t = rng.randint(0, 1000)
    for _ in range(n - 1):
        t = min(10**9, t + gaps())
        calls.append(["allow", t])
    return calls
