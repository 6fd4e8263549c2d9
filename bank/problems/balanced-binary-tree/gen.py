def _balanced(n, rng):
    """A random height-balanced tree with exactly n nodes, each subtree of the least possible
    height for its size; nodes are [val, left, right] lists."""
    if n == 0:
        return None
    root = [0, None, None]
    todo = [(root, n)]                      # (node, size of the subtree rooted there)
    while todo:
        node, size = todo.pop()
        node[0] = rng.randint(-10**9, 10**9)
        rest = size - 1
        h = size.bit_length()               # least height of a tree with `size` nodes
        cap = (1 << (h - 1)) - 1            # most nodes a subtree of height h - 1 holds
        low = (1 << (h - 3)) if h >= 3 else 0   # fewest nodes of height h - 2
        lo, hi = max(low, rest - cap), min(cap, rest - low)
        left = rng.randint(lo, hi)
        for side, k in ((1, left), (2, rest - left)):
            if k:
                child = [0, None, None]
                node[side] = child
                todo.append((child, k))
    return root


def _level_order(root):
    out = []
    if root is None:
        return out
    out.append(root[0])
    level = [root]
    while level:
        nxt = []
        for node in level:
            for child in (node[1], node[2]):
                if child is None:
                    out.append(None)
                else:
                    out.append(child[0])
                    nxt.append(child)
        level = nxt
    while out and out[-1] is None:
        out.pop()
    return out


def generate(n, rng):
    """Arguments for a test of size n (the number of nodes), as the tree's level-order list
    with None for a missing child; rng is a random.Random."""
    n = max(0, n)
    style = rng.randrange(4)
    if style == 0:
        # A complete tree: balanced.
        return [[rng.randint(-10**9, 10**9) for _ in range(n)]]
    if style == 1 or n < 3:
        # A random balanced tree.
        return [_level_order(_balanced(n, rng))]
    if style == 2:
        # Balanced everywhere except at its rightmost leaf, which gets a chain of two
        # nodes: only that leaf is out of balance, and it is the last one reached.
        root = _balanced(n - 2, rng)
        node = root
        while node[1] is not None or node[2] is not None:
            node = node[2] if node[2] is not None else node[1]
        node[1] = [rng.randint(-10**9, 10**9), [rng.randint(-10**9, 10**9), None, None], None]
        return [_level_order(root)]
    # A zigzag chain, n levels deep: out of balance from the root down.
    out = [rng.randint(-10**9, 10**9)]
    for i in range(1, n):
        out += [None, rng.randint(-10**9, 10**9)] if i % 2 == 0 else [rng.randint(-10**9, 10**9), None]
    return [out]
