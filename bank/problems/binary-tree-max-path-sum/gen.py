def generate(n, rng):
    """A tree of n nodes in level order (None for a missing child), values in [-1000, 1000]."""
    n = max(1, n)
    style = rng.randrange(3)
    lo = -1000 if style != 1 else -300
    out = [rng.randint(lo, 1000)]
    made, pending, side = 1, 1, 0
    while made < n:
        pending -= 1
        if style == 0:
            kids = [True, True]                                  # complete tree
        elif style == 1:
            kids = [rng.random() < 0.6, rng.random() < 0.6]      # random shape
            if pending == 0 and not any(kids):
                kids[rng.randrange(2)] = True
        else:
            kids = [side == 0, side == 1]                        # zigzag chain, n levels deep
            side ^= 1
        for present in kids:
            if present and made < n:
                out.append(rng.randint(lo, 1000))
                made += 1
                pending += 1
            else:
                out.append(None)
    while out and out[-1] is None:
        out.pop()
    return [out]
