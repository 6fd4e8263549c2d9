def generate(n, rng):
    """Arguments for a test of size n (the number of nodes), as the tree's level-order list
    with None for a missing child; rng is a random.Random."""
    style = rng.randrange(3)
    out = []
    if n == 0:
        return [out]
    out.append(rng.randint(-10**9, 10**9))
    made = 1
    pending = 1          # nodes whose child slots are not written yet
    depth_toggle = 0
    while made < n:
        pending -= 1
        if style == 0:
            # Complete tree: every slot is filled until n nodes exist.
            kids = [True, True]
        elif style == 1:
            # Random shape; never let the frontier die out before n nodes exist.
            kids = [rng.random() < 0.6, rng.random() < 0.6]
            if pending == 0 and not any(kids):
                kids[rng.randrange(2)] = True
        else:
            # A zigzag chain: one child per node, alternating left and right.
            kids = [depth_toggle == 0, depth_toggle == 1]
            depth_toggle ^= 1
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
