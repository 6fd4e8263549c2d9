import string


def _code(rng, first_letters=string.ascii_uppercase):
    return rng.choice(first_letters) + rng.choice(string.ascii_uppercase) + rng.choice(string.ascii_uppercase)


def _codes(k, rng, first_letters=string.ascii_uppercase):
    seen = set()
    while len(seen) < k:
        seen.add(_code(rng, first_letters))
    codes = sorted(seen)
    rng.shuffle(codes)
    return codes


def _walk(start, steps, pool, rng):
    stops = [start]
    for _ in range(steps):
        nxt = rng.choice(pool)
        while nxt == stops[-1]:
            nxt = rng.choice(pool)
        stops.append(nxt)
    return stops


def generate(n, rng):
    """Arguments for a test of size n (the number of tickets, at most 5 * 10^4); rng is a random.Random."""
    n = max(1, min(5 * 10**4, n))
    style = rng.randrange(3)
    if style == 0:
        # A random trip among a few airports: the same ticket repeats many times.
        pool = _codes(rng.randint(2, 12), rng)
        stops = _walk(pool[0], n, pool, rng)
    elif style == 1:
        # A random trip among many airports.
        pool = _codes(rng.randint(2, min(5000, n + 1)), rng)
        stops = _walk(pool[0], n, pool, rng)
    else:
        # A chain of hubs A-M..., each with a round trip to an outstation N-Z... that must be
        # flown before moving on; the next hub always sorts first, so greedy choices strand
        # the round trips. The rest of the tickets are a random trip from the last hub among
        # other airports, so a stranded round trip is only noticed at the very end.
        links = min(n // 3, 5000)
        hubs = _codes(links + 1, rng, string.ascii_uppercase[:13])
        outs = _codes(links, rng, string.ascii_uppercase[13:])
        stops = [hubs[0]]
        for i in range(links):
            stops += [outs[i], hubs[i], hubs[i + 1]]
        taken = set(hubs) | set(outs)
        pool = []
        while len(pool) < 50:
            code = _code(rng)
            if code not in taken:
                taken.add(code)
                pool.append(code)
        stops += _walk(stops[-1], n - 3 * links, pool, rng)[1:]
    tickets = [[stops[i], stops[i + 1]] for i in range(n)]
    rng.shuffle(tickets)
    return [tickets, stops[0]]
