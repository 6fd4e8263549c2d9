def generate(n, rng):
    """Arguments for a test of size n (the number of nodes and of edges, at least 3);
    rng is a random.Random."""
    n = max(3, n)
    style = rng.randrange(3)
    # A random tree on the indices 0..n-1: node i hangs below an earlier node. With a narrow
    # window the tree is deep (long cycles), with the full range it is shallow.
    window = rng.choice([1, 50, n])
    parent = [0] * n
    for i in range(1, n):
        parent[i] = rng.randrange(max(0, i - window), i)
    tree = [(parent[i], i) for i in range(1, n)]      # tree[i - 1] hangs node i
    if style == 0:
        # The tree grows as one component in input order and the extra edge comes among the
        # last few: checking connectivity edge by edge searches a component of almost n nodes.
        p = rng.randrange(max(3, n - n // 20), n + 1)  # the extra edge goes after tree[:p - 1]
        while True:
            a, b = rng.sample(range(p), 2)
            if parent[a] != b and parent[b] != a:
                break
        edges = tree[:p - 1] + [(a, b)] + tree[p - 1:]
    else:
        while True:
            a, b = rng.sample(range(n), 2)
            if parent[a] != b and parent[b] != a:
                break
        if style == 1:
            # Every cycle edge first, the rest after: removing edges from the end of the input
            # and testing what is left has to try almost all of them.
            depth = [0] * n
            for i in range(1, n):
                depth[i] = depth[parent[i]] + 1
            on_cycle = set()
            x, y = a, b
            while x != y:
                if depth[x] < depth[y]:
                    x, y = y, x
                on_cycle.add(x)
                x = parent[x]
            cycle = [tree[i - 1] for i in on_cycle] + [(a, b)]
            rest = [tree[i - 1] for i in range(1, n) if i not in on_cycle]
            rng.shuffle(cycle)
            rng.shuffle(rest)
            edges = cycle + rest
        else:
            edges = tree + [(a, b)]
            rng.shuffle(edges)
    labels = list(range(1, n + 1))
    rng.shuffle(labels)
    out = []
    for u, v in edges:
        u, v = labels[u], labels[v]
        out.append([u, v] if rng.random() < 0.5 else [v, u])
    return [out]
