def generate(n, rng):
    """Arguments for a test of size n (the number of nodes, at most 10^5); rng is a random.Random."""
    n = max(1, min(10**5, n))
    style = rng.randrange(3)
    edges = []
    if style == 0:
        # About n/2 random edges: many components of many sizes.
        for _ in range(n // 2):
            edges.append([rng.randrange(n), rng.randrange(n)])
    elif style == 1:
        # One long path through a shuffled order, listed in random order: one component.
        order = list(range(n))
        rng.shuffle(order)
        edges = [[order[i], order[i + 1]] for i in range(n - 1)]
    else:
        # A handful of large groups, each a random tree, plus repeated edges and self-loops.
        groups = rng.randint(1, 20)
        label = [rng.randrange(groups) for _ in range(n)]
        members = [[] for _ in range(groups)]
        for v in range(n):
            members[label[v]].append(v)
        for group in members:
            for i in range(1, len(group)):
                edges.append([group[i], group[rng.randrange(i)]])
        for _ in range(min(10**5 - len(edges), n // 10)):
            if edges and rng.random() < 0.5:
                edges.append(list(rng.choice(edges))[::-1])
            else:
                v = rng.randrange(n)
                edges.append([v, v])
    rng.shuffle(edges)
    return [n, edges[:10**5]]
