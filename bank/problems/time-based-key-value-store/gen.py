import string

CHARS = string.ascii_lowercase + string.digits


def _word(rng, lo, hi):
    return "".join(rng.choice(CHARS) for _ in range(rng.randint(lo, hi)))


def generate(n, rng):
    """The call sequence for a test of size n (the number of calls, the constructor included);
    rng is a random.Random."""
    n = max(1, min(10**5, n))
    style = rng.randrange(3)
    if style == 0:
        keys = [_word(rng, 1, 20)]                  # one key with a long history
    elif style == 1:
        keys = list({_word(rng, 1, 8) for _ in range(max(1, int(n ** 0.5)))})
    else:
        keys = list({_word(rng, 1, 20) for _ in range(3)})
    unknown = _word(rng, 21, 30)                    # longer than any key: never set
    calls = [["TimeMap"]]
    now = 0                                         # the latest set() timestamp so far
    set_times = []
    sets = (n - 1) // 2
    for i in range(n - 1):
        if style == 2:
            is_set = i < sets                       # every set first, then only reads
        else:
            is_set = rng.random() < 0.5
        if is_set:
            now += rng.randint(1, 100)              # at most 10^5 sets: now <= 10^7
            calls.append(["set", rng.choice(keys), _word(rng, 1, 20), now])
            set_times.append(now)
            continue
        r = rng.random()
        key = unknown if r < 0.05 else rng.choice(keys)
        if set_times and r < 0.4:
            # Exactly at, just before or just after a stored timestamp.
            t = rng.choice(set_times) + rng.choice((-1, 0, 0, 1))
        else:
            t = rng.randint(1, max(1, now + 100))
        calls.append(["get", key, max(1, min(10**7, t))])
    return calls
