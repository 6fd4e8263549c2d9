import string

KEY_CHARS = string.ascii_lowercase + string.digits + "_"
MAX_DEPTH = 20


def _key(rng, taken):
    while True:
        k = "".join(rng.choice(KEY_CHARS) for _ in range(rng.randint(1, 6)))
        if k not in taken:
            return k


def _leaf(rng):
    kind = rng.randrange(7)
    if kind == 0:
        return rng.randint(-10**18, 10**18)
    if kind == 1:
        return rng.randint(-5, 5)
    if kind == 2:
        return "".join(rng.choice("abc.xyz") for _ in range(rng.randint(0, 8)))
    if kind == 3:
        return rng.choice([True, False, None])
    if kind == 4:
        return [rng.randint(0, 9) for _ in range(rng.randint(0, 3))]
    if kind == 5:
        return [{"id": rng.randint(0, 99), "tags": {"x": rng.randint(0, 9)}}]   # never flattened
    return ""


def generate(n, rng):
    """Arguments for a test of size n (the total number of keys, at every level);
    rng is a random.Random."""
    root = {}
    style = rng.randrange(3)
    # Dictionaries that may receive keys, with their depth (the top level has depth 1).
    dicts = [(root, 1)]
    for _ in range(max(0, n)):
        if style == 0:
            parent, depth = dicts[rng.randrange(len(dicts))]        # random shape
        elif style == 1:
            # Deep: mostly extend the newest dictionary, so long chains form.
            parent, depth = dicts[-1] if rng.random() < 0.7 else dicts[rng.randrange(len(dicts))]
        else:
            parent, depth = dicts[rng.randrange(min(len(dicts), 50))]   # wide and shallow
        key = _key(rng, parent)
        p_dict = (0.3, 0.6, 0.05)[style]
        if depth < MAX_DEPTH and rng.random() < p_dict:
            child = {}                      # may stay empty: an empty-dict leaf
            parent[key] = child
            dicts.append((child, depth + 1))
        else:
            parent[key] = _leaf(rng)
    return [root]
