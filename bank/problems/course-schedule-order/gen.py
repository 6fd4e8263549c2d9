def generate(n, rng):
    """Arguments for a test of size n (the number of courses, at most 5 * 10^4);
    rng is a random.Random."""
    n = max(1, min(5 * 10**4, n))
    m = min(10**5, 2 * n)
    style = rng.randrange(3)
    order = list(range(n))
    rng.shuffle(order)                     # order[i] must come before order[j] when i < j
    pairs = [[order[i + 1], order[i]] for i in range(n - 1)]          # one long chain
    while len(pairs) < m and n > 1:
        i, j = sorted(rng.sample(range(n), 2))
        pairs.append([order[j], order[i]])                             # forward edges only
    if style == 1:
        # One backward edge closes a long cycle: impossible.
        if n > 1:
            i = rng.randrange(max(1, n // 2))
            j = rng.randrange(max(i + 1, n // 2), n)
            pairs.append([order[i], order[j]])
        else:
            pairs.append([0, 0])
    elif style == 2 and n > 1:
        # Many duplicated pairs but still acyclic.
        pairs += [list(rng.choice(pairs)) for _ in range(min(10**5, m + n // 2) - len(pairs))]
    pairs = pairs[:10**5]
    rng.shuffle(pairs)
    return [n, pairs]
