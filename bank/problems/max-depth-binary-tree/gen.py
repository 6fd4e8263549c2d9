def generate(n, rng):
    """Arguments for a test of size n (the number of nodes), as the tree's level-order list
    with None for a missing child; rng is a random.Random."""
    out = []
    if n <= 0:
        return [out]
    style = rng.randrange(4)
    out.append(rng.randint(-10**9, 10**9))
    made, pending, side = 1, 1, 0
    while made < n:
        pending -= 1
        if style == 0:
            kids = [True, True]                                  # complete tree
        elif style == 1:
            kids = [rng.random() < 0.6, rng.random() < 0.6]      # random shape
            if pending == 0 and not any(kids):
                kids[rng.randrange(2)] = True
        elif style == 2:
            kids = [side == 0, side == 1]                        # zigzag chain, n levels deep
            side ^= 1
        else:
            # A "caterpillar": a long spine going right, each spine node with a left leaf.
            # Level order alternates spine nodes (two children) and leaves (none).
            kids = [True, True] if side == 0 else [False, False]
            side ^= 1
        for present in kids:
            if present and made < n:
                out.append(rng.randint(-10**9, 10**9))
                made += 1
                pending += 1
            else:
                out.append(None)
    while out and out[-1] is None:
        out.pop()
    return [out]
