def generate(n, rng):
    """Two strings of length n; rng is a random.Random. t is a shuffle of s, sometimes with one
    letter changed (so the answer is False only because of a single count)."""
    n = max(1, n)
    alphabet = "abcdefghijklmnopqrstuvwxyz"
    letters = rng.randint(1, 26)
    s = [alphabet[rng.randrange(letters)] for _ in range(n)]
    t = s[:]
    rng.shuffle(t)
    if rng.randrange(2) == 0:
        i = rng.randrange(n)
        t[i] = alphabet[(alphabet.index(t[i]) + rng.randint(1, 25)) % 26]
    return ["".join(s), "".join(t)]
