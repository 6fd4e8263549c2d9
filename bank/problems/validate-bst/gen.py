LO, HI = -2**31, 2**31 - 1


def _level_order(vals, left, right, root):
    """Level-order list (None for a missing child, trailing Nones removed) of a tree given
    as parallel arrays: vals[i], left[i], right[i] (child index or -1)."""
    out, queue, head = [], [root], 0
    while head < len(queue):
        i = queue[head]
        head += 1
        if i < 0:
            out.append(None)
            continue
        out.append(vals[i])
        queue.append(left[i])
        queue.append(right[i])
    while out and out[-1] is None:
        out.pop()
    return out


def generate(n, rng):
    """Arguments for a test of size n (the number of nodes); rng is a random.Random."""
    n = max(1, n)
    style = rng.randrange(3)
    keys = sorted(rng.sample(range(LO + 2, HI - 1), n))    # distinct, with room at both ends
    vals, left, right = [], [], []

    def node(v):
        vals.append(v)
        left.append(-1)
        right.append(-1)
        return len(vals) - 1

    if style == 0:
        # A balanced, valid search tree: the middle key of each range is the root.
        def build(lo, hi):
            if lo > hi:
                return -1
            mid = (lo + hi) // 2
            i = node(keys[mid])
            left[i] = build(lo, mid - 1)
            right[i] = build(mid + 1, hi)
            return i
        return [_level_order(vals, left, right, build(0, n - 1))]

    # A zigzag chain n levels deep: smallest key, then largest, then second smallest, ...
    # It is a valid search tree: each node's whole subtree lies on the correct side.
    lo, hi = 0, n - 1
    order = []
    for k in range(n):
        if k % 2 == 0:
            order.append(lo)
            lo += 1
        else:
            order.append(hi)
            hi -= 1
    prev = -1
    for k, idx in enumerate(order):
        i = node(keys[idx])
        if prev >= 0:
            if k % 2 == 1:
                right[prev] = i           # a larger key goes right
            else:
                left[prev] = i            # a smaller key goes left
        prev = i
    if style == 2 and n >= 3:
        # Break it at the bottom: the last node is still on the correct side of its parent,
        # but crosses the bound set by its grandparent.
        last, parent, grand = n - 1, n - 2, n - 3
        if left[parent] == last:
            vals[last] = vals[grand] - 1
        else:
            vals[last] = vals[grand] + 1
    return [_level_order(vals, left, right, 0)]
