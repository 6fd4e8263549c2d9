def generate(n, rng):
    """The call sequence for a test of size n (the number of calls, the constructor included);
    rng is a random.Random."""
    n = max(1, n)
    style = rng.randrange(3)
    if style == 0:
        # A big cache over a bigger key space: many evictions from a long list of entries.
        capacity = max(1, n // 8)
        keys = max(1, n // 3)
        get_share = 0.4
        skew = False
    elif style == 1:
        # A small cache under constant eviction pressure: frequency ties everywhere.
        capacity = max(1, min(50, n // 10))
        keys = max(1, capacity * 3)
        get_share = 0.5
        skew = False
    else:
        # A few hot keys reach high counts while a stream of cold keys churns through.
        capacity = max(1, n // 10)
        keys = max(1, n // 2)
        get_share = 0.5
        skew = True
    hot = max(1, capacity // 2)
    base = rng.randint(0, 10**9 - keys)      # spread the keys over the whole allowed range
    calls = [["LFUCache", capacity]]
    for _ in range(n - 1):
        if skew and rng.random() < 0.5:
            key = base + rng.randrange(hot)
        else:
            key = base + rng.randrange(keys)
        if rng.random() < get_share:
            calls.append(["get", key])
        else:
            calls.append(["put", key, rng.randint(0, 10**9)])
    return calls
