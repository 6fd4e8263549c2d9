def generate(n, rng):
    """Strings s (length n) and t; rng is a random.Random. The style picks a short t over the
    full alphabet, two rare letters far apart (a window spanning most of s), a t needing a
    letter s lacks (answer ""), or a long t drawn from s itself."""
    n = max(1, n)
    style = rng.randrange(4)
    letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
    if style == 0:
        s = [rng.choice(letters) for _ in range(n)]
        t = [rng.choice(letters) for _ in range(rng.randint(1, 8))]
    elif style == 1:
        s = [rng.choice("abcd") for _ in range(n)]
        s[rng.randrange(max(1, n // 10))] = "X"
        s[n - 1 - rng.randrange(max(1, n // 10))] = "Y"
        t = ["X", "Y"] + [rng.choice("abcd") for _ in range(rng.randint(0, 5))]
    elif style == 2:
        s = [rng.choice("abcdefgh") for _ in range(n)]
        t = [rng.choice("abcdefgh") for _ in range(rng.randint(0, 5))] + ["Z"]
    else:
        s = [rng.choice("abcdefgh") for _ in range(n)]
        i = rng.randrange(n)
        t = s[i:i + max(1, n // 10)]
        rng.shuffle(t)
    return ["".join(s), "".join(t)]
