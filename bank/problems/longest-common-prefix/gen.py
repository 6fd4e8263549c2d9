def generate(n, rng):
    """n words sharing a long random prefix; one word near the end is shortened."""
    n = max(1, n)
    letters = "abcdefghijklmnopqrstuvwxyz"
    prefix = "".join(rng.choice(letters) for _ in range(rng.randint(40, 90)))
    words = []
    for _ in range(n):
        tail = "".join(rng.choice(letters) for _ in range(rng.randint(0, 100 - len(prefix))))
        words.append(prefix + tail)
    if n > 1 and rng.random() < 0.5:
        k = rng.randrange(n // 2, n)
        words[k] = prefix[: rng.randint(0, len(prefix))]
    return [words]
