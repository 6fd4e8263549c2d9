def _word(rng, alphabet, length):
    return "".join(rng.choice(alphabet) for _ in range(length))


def generate(n, rng):
    """Arguments for a test of size n (the number of words in word_list, at most 5000);
    rng is a random.Random."""
    n = max(1, min(5000, n))
    style = rng.randrange(3)
    if style == 0:
        # Random words over a small alphabet: a dense graph, short ladders.
        length = 5
        alphabet = "abcdef"                        # 6^5 = 7776 possible words
        words = set()
        while len(words) < n:
            words.add(_word(rng, alphabet, length))
        words = sorted(words)
        rng.shuffle(words)
        begin = _word(rng, alphabet, length)
        end = rng.choice(words)
        if end == begin:
            begin = begin[:-1] + ("a" if begin[-1] != "a" else "b")
    else:
        # A long random walk that changes one letter per step (the ladder), plus random
        # words that mostly sit off it. In style 2 the walk is cut in the middle.
        length = 8
        alphabet = "abcdefghijklmnopqrstuvwxyz"
        start = _word(rng, alphabet, length)
        walk, seen = [start], {start}
        cur = start
        while len(walk) < max(2, (n + 1) // 2 + 1):
            i = rng.randrange(length)
            nxt = cur[:i] + rng.choice(alphabet) + cur[i + 1:]
            if nxt not in seen:
                walk.append(nxt)
                seen.add(nxt)
                cur = nxt
        begin, end = walk[0], walk[-1]
        words = walk[1:]
        if style == 2 and len(words) > 2:
            del words[len(words) // 2]             # usually breaks the ladder
        pool = set(words) | {begin}
        while len(words) < n:
            w = _word(rng, alphabet, length)
            if w not in pool:
                pool.add(w)
                words.append(w)
        words = words[:n]
        if end not in words:
            words[-1] = end
        rng.shuffle(words)
    return [begin, end, words]
