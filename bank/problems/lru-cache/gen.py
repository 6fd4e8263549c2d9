def generate(n, rng):
    """The call sequence for a test of size n (the number of calls, the constructor included);
    rng is a random.Random."""
    n = max(1, n)
    style = rng.randrange(3)
    if style == 0:
        # A big cache over a bigger key space: long lists for anything O(capacity).
        capacity = max(1, n // 2)
        keys = max(1, n)
        get_share = 0.5
    elif style == 1:
        # A small cache under constant eviction pressure.
        capacity = max(1, min(100, n // 10))
        keys = max(1, capacity * 3)
        get_share = 0.5
    else:
        # A read-heavy workload: the cache holds every key, most calls are hits.
        capacity = max(1, n // 4)
        keys = capacity
        get_share = 0.8
    base = rng.randint(0, 10**9 - keys)      # spread the keys over the whole allowed range
    calls = [["LRUCache", capacity]]
    for _ in range(n - 1):
        key = base + rng.randrange(keys)
        if rng.random() < get_share:
            calls.append(["get", key])
        else:
            calls.append(["put", key, rng.randint(0, 10**9)])
    return calls
