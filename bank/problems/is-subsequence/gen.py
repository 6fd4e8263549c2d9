import string


def generate(n, rng):
    """Arguments for a test of size n (len(s) + len(t), at most 2 * 10^5); rng is a random.Random."""
    style = rng.randrange(3)
    alphabet = string.ascii_lowercase[:rng.choice((2, 5, 25))]     # never 'z' in t
    if style == 2:
        # unrelated random strings
        ns = rng.randint(0, min(n, 10**5))
        nt = min(n - ns, 10**5)
        s = ''.join(rng.choice(alphabet) for _ in range(ns))
        t = ''.join(rng.choice(alphabet) for _ in range(nt))
        return [s, t]
    nt = min(10**5, n - n // 4)
    ns = n - nt
    t = ''.join(rng.choice(alphabet) for _ in range(nt))
    if style == 0:
        # a real subsequence of t
        picks = sorted(rng.sample(range(nt), min(ns, nt)))
        s = ''.join(t[i] for i in picks)
        s += ''.join(rng.choice(alphabet) for _ in range(ns - len(s)))    # only when ns > nt
    else:
        # a subsequence of t except for its last character, which t never contains
        picks = sorted(rng.sample(range(nt), min(max(ns - 1, 0), nt)))
        s = ''.join(t[i] for i in picks)
        if ns:
            s += 'z'
        s += 'z' * (ns - len(s))
    return [s, t]
