def generate(n, rng):
    """Arguments for a test of size n (the number of nodes, at most 2 * 10^4); rng is a random.Random."""
    n = max(1, min(2 * 10**4, n))
    m = min(10**5, 5 * n) if n > 1 else 0
    style = rng.randrange(3)
    nodes = list(range(1, n + 1))
    rng.shuffle(nodes)
    k = nodes[0]
    times = []
    if style == 0:
        # A cheap path through every node plus costly shortcuts: shortest paths are very deep.
        times = [[nodes[i], nodes[i + 1], rng.randint(0, 3)] for i in range(n - 1)]
        while len(times) < m:
            u, v = rng.sample(nodes, 2)
            times.append([u, v, rng.randint(900, 1000)])
    elif style == 1:
        # Random links; the last node of the shuffle gets no incoming link: the answer is -1.
        cut = nodes[-1]
        while len(times) < m and n > 2:
            u, v = rng.sample(nodes, 2)
            if v != cut:
                times.append([u, v, rng.randint(0, 1000)])
        if n == 2:
            times = [[cut, k, rng.randint(0, 1000)]]
    else:
        # A random spanning tree from k (everything reachable) plus random links, small weights,
        # many repeated pairs.
        for i in range(1, n):
            times.append([nodes[rng.randrange(i)], nodes[i], rng.randint(0, 10)])
        pairs = times[:] or [[k, k, 0]]
        while len(times) < m:
            if rng.random() < 0.3 and n > 1:
                u, v, _ = rng.choice(pairs)
            else:
                u, v = rng.sample(nodes, 2)
            times.append([u, v, rng.randint(0, 10)])
    rng.shuffle(times)
    return [times, n, k]
