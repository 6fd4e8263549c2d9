from collections import deque


def random_tree(n, rng, lo, hi):
    """A random binary tree of n nodes as (values, left, right) index arrays."""
    vals = [rng.randint(lo, hi) for _ in range(n)]
    left = [-1] * n
    right = [-1] * n
    shape = rng.randrange(3)
    free = [0] if n else []          # nodes with at least one free child slot
    for i in range(1, n):
        if shape == 0:
            parent = free[0]                          # fill level by level: complete tree
        elif shape == 1:
            parent = free[rng.randrange(len(free))]   # random shape
        else:
            parent = free[-1]                         # long path: newest node
        if left[parent] == -1 and (right[parent] != -1 or rng.random() < 0.5 or shape == 0):
            left[parent] = i
        else:
            right[parent] = i
        if left[parent] != -1 and right[parent] != -1:
            free.remove(parent) if shape == 1 else (free.pop(0) if shape == 0 else free.pop())
        free.append(i)
        if shape == 2 and parent in free and parent != i:
            free.remove(parent)
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
    """Arguments for a test of size n (the number of nodes of each tree); rng is a random.Random."""
    style = rng.randrange(3)
    lo, hi = (-10**9, 10**9) if rng.random() < 0.7 else (0, 1)
    vals, left, right = random_tree(n, rng, lo, hi)
    p = level_order(vals, left, right)
    if style == 0 or n == 0:
        q = list(p)                                   # identical
    elif style == 1:
        vals2 = list(vals)                            # one value differs, in the last node
        vals2[n - 1] = vals2[n - 1] + 1 if vals2[n - 1] < hi else vals2[n - 1] - 1
        q = level_order(vals2, left, right)
    else:
        # same values, but the last node is detached and hung on another free child slot
        left2, right2 = list(left), list(right)
        vacated = None
        for parent in range(n):
            if left2[parent] == n - 1:
                left2[parent], vacated = -1, (parent, 0)
            elif right2[parent] == n - 1:
                right2[parent], vacated = -1, (parent, 1)
        done = False
        for j in range(n - 1):
            for side, arr in ((0, left2), (1, right2)):
                if not done and arr[j] == -1 and (j, side) != vacated:
                    arr[j] = n - 1
                    done = True
        q = level_order(vals, left2, right2)
    return [p, q]
