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
    n = max(2, n)
    style = rng.randrange(3)
    keys = sorted(rng.sample(range(-10**9, 10**9 + 1), n))
    vals, left, right = [], [], []

    def node(v):
        vals.append(v)
        left.append(-1)
        right.append(-1)
        return len(vals) - 1

    if style == 0:
        # Balanced search tree (iterative build), two random keys.
        root = node(keys[(n - 1) // 2])
        todo = [(root, 0, n - 1)]
        while todo:
            i, lo, hi = todo.pop()
            mid = (lo + hi) // 2
            if lo <= mid - 1:
                m = (lo + mid - 1) // 2
                left[i] = node(keys[m])
                todo.append((left[i], lo, mid - 1))
            if mid + 1 <= hi:
                m = (mid + 1 + hi) // 2
                right[i] = node(keys[m])
                todo.append((right[i], mid + 1, hi))
        p, q = rng.sample(keys, 2)
    else:
        # A zigzag chain n levels deep (smallest key, largest, second smallest, ...).
        lo, hi, order = 0, n - 1, []
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
                    right[prev] = i
                else:
                    left[prev] = i
            prev = i
        root = 0
        if style == 1:
            # The two deepest nodes: the answer is far down the chain.
            p, q = vals[n - 1], vals[n - 2]
        else:
            # One key deep down, the other its ancestor somewhere on the chain.
            p, q = vals[n - 1], vals[rng.randrange(n - 1)]
    if rng.random() < 0.5:
        p, q = q, p
    return [_level_order(vals, left, right, root), p, q]
