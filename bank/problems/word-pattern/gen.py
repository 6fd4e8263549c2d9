import string

LETTERS = string.ascii_lowercase


def distinct_words(k, rng):
    words = []
    seen = set()
    while len(words) < k:
        w = "".join(rng.choice(LETTERS) for _ in range(rng.randint(1, 10)))
        if w not in seen:
            seen.add(w)
            words.append(w)
    return words


def generate(n, rng):
    """Arguments for a test of size n (the length of the pattern); rng is a random.Random."""
    n = max(1, n)
    k = rng.randint(1, min(26, n))
    alphabet = rng.sample(LETTERS, k)
    pattern = [rng.choice(alphabet) for _ in range(n)]
    vocabulary = distinct_words(k + 1, rng)          # one word more than there are letters
    word_of = dict(zip(alphabet, vocabulary))
    spare = vocabulary[k]                            # a word no letter is paired with
    words = [word_of[c] for c in pattern]
    style = rng.randrange(5)
    late = rng.randrange(n - n // 10 - 1, n) if n > 1 else 0
    if style == 1:
        # Near the end, one letter is paired with a second word that no other letter uses.
        words[late] = spare
    elif style == 2 and k >= 2:
        # Near the end, a word that belongs to another letter.
        words[late] = word_of[rng.choice([c for c in alphabet if c != pattern[late]])]
    elif style == 3 and len(set(pattern)) >= 2:
        # Two letters always share one word: consistent from letter to word, not back.
        a, b = rng.sample(sorted(set(pattern)), 2)
        words = [word_of[a] if c == b else word_of[c] for c in pattern]
    elif style == 4:
        # The pattern is right but one side is a position short.
        if rng.random() < 0.5:
            words.pop()
        else:
            pattern.pop()
    # style 0 (and a fallback): the words follow the pattern.
    return ["".join(pattern), " ".join(words)]
