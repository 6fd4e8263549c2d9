from collections import deque


def random_tree(n, rng, lo, hi):
    """A random binary tree of n nodes as (values, left, right) index arrays; node 0 is the root."""
    vals = [rng.randint(lo, hi) for _ in range(n)]
    left = [-1] * n
    right = [-1] * n
    shape = rng.randrange(3)      # 0: complete, 1: random, 2: long zigzag path
    for i in range(1, n):
        if shape == 0:
            parent = (i - 1) // 2
            if i % 2:
                left[parent] = i
            else:
                right[parent] = i
            continue
        if shape == 2:
            parent = i - 1
        else:
            parent = rng.randrange(i)
            while left[parent] != -1 and right[parent] != -1:
                parent = rng.randrange(i)
        if left[parent] == -1 and (right[parent] != -1 or rng.random() < 0.5):
            left[parent] = i
        else:
            right[parent] = i
    return vals, left, right


def level_order(vals, left, right):
    if not vals:
        return []
    out = []
    q = deque([0])
    while q:
        i = q.popleft()
        if i == -1:
            out.append(None)
            continue
        out.append(vals[i])
        q.append(left[i])
        q.append(right[i])
    while out and out[-1] is None:
        out.pop()
    return out


def generate(n, rng):
    """Arguments for a test of size n (the number of nodes); rng is a random.Random."""
    style = rng.randrange(3)
    lo, hi = (-10**9, 10**9) if rng.random() < 0.7 else (0, 1)
    if n == 0:
        return [[]]
    if style == 2:
        return [level_order(*random_tree(n, rng, lo, hi))]      # an arbitrary tree
    k = (n - 1) // 2
    tv, tl, tr = random_tree(k, rng, lo, hi)
    # node 0: root; nodes 1..k: a copy of the tree; nodes k+1..2k: its mirror image
    vals = [rng.randint(lo, hi)] + tv + tv
    left = [1 if k else -1] + [c + 1 if c != -1 else -1 for c in tl] + [c + k + 1 if c != -1 else -1 for c in tr]
    right = [k + 1 if k else -1] + [c + 1 if c != -1 else -1 for c in tr] + [c + k + 1 if c != -1 else -1 for c in tl]
    if style == 1 and k:
        # spoil the symmetry in one value, deep in the mirrored half
        v = vals[2 * k]
        vals[2 * k] = v + 1 if v < hi else v - 1
    if len(vals) < n:
        # one more leaf on the left half: an even number of nodes is never symmetric
        j = next(i for i in range(len(vals)) if left[i] == -1 or right[i] == -1)
        vals.append(rng.randint(lo, hi))
        left.append(-1)
        right.append(-1)
        if left[j] == -1:
            left[j] = len(vals) - 1
        else:
            right[j] = len(vals) - 1
    return [level_order(vals, left, right)]
