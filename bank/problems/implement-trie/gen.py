def generate(n, rng):
    """The call sequence for a test of size n (the number of calls, the constructor included);
    rng is a random.Random."""
    n = max(1, n)
    style = rng.randrange(3)
    if style == 0:
        letters, longest, share = "ab", 20, 0.9    # two letters: words share long prefixes
    elif style == 1:
        letters, longest, share = "abcdefghijklmnopqrstuvwxyz", 50, 0.3   # long, query-heavy
    else:
        letters, longest, share = "abcde", 12, 0.9

    def word():
        return "".join(rng.choice(letters) for _ in range(rng.randint(1, longest)))

    calls = [["Trie"]]
    words = []
    grow = (n - 1) // 2                    # inserts happen mostly in the first half
    for i in range(n - 1):
        if not words or (i < grow and rng.random() < share) or rng.random() < 0.05:
            w = word()
            words.append(w)
            calls.append(["insert", w])
            continue
        r = rng.random()
        if r < 0.2:
            calls.append(["search", rng.choice(words)])                  # a stored word
        elif r < 0.35:
            w = rng.choice(words)
            calls.append(["search", w[:rng.randint(1, len(w))]])         # maybe only a prefix
        elif r < 0.5:
            calls.append(["search", word()])                             # random
        elif r < 0.7:
            w = rng.choice(words)
            calls.append(["starts_with", w[:rng.randint(1, len(w))]])    # a real prefix
        elif r < 0.85:
            w = rng.choice(words)
            calls.append(["starts_with", w + rng.choice(letters)])       # one letter too many
        else:
            calls.append(["starts_with", "z" + word()[:longest - 1]])    # usually nothing
    return calls
