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
    keys = rng.sample(range(-10**9, 10**9 + 1), n)
    vals, left, right = [], [], []

    def node(v):
        vals.append(v)
        left.append(-1)
        right.append(-1)
        return len(vals) - 1

    if style == 0:
        # Random insertion order: a typical, roughly balanced search tree.
        node(keys[0])
        for v in keys[1:]:
            i = 0
            while True:
                if v < vals[i]:
                    if left[i] < 0:
                        left[i] = node(v)
                        break
                    i = left[i]
                else:
                    if right[i] < 0:
                        right[i] = node(v)
                        break
                    i = right[i]
        k = rng.randint(1, n)
    elif style == 1:
        # A right-leaning chain whose every node also has a left leaf:
        # in-order must climb back up through the whole chain.
        keys.sort()
        prev = -1
        for j in range(0, n, 2):
            i = node(keys[j + 1] if j + 1 < n else keys[j])
            if j + 1 < n:
                left[i] = node(keys[j])
            if prev >= 0:
                right[prev] = i
            prev = i
        k = n                               # the largest value: the deepest node
    else:
        # A left chain (keys descending from the root): the smallest value is n levels down.
        keys.sort(reverse=True)
        for j, v in enumerate(keys):
            i = node(v)
            if j:
                left[i - 1] = i
        k = rng.choice([1, n, rng.randint(1, n)])
    return [_level_order(vals, left, right, 0), k]
