import string

LETTERS = string.ascii_lowercase


def generate(n, rng):
    """Arguments for a test of size n (the length of the magazine); rng is a random.Random."""
    n = max(0, n)
    style = rng.randrange(4)
    if style == 0:
        # The magazine opens with a long run of letters the note never uses, and the letters
        # it does need come at the end. The note uses every one of them, or one too many.
        needed_alphabet = rng.sample(LETTERS, rng.randint(2, 13))
        filler_alphabet = [c for c in LETTERS if c not in needed_alphabet]
        k = n // 2
        needed = [rng.choice(needed_alphabet) for _ in range(k)]
        filler = [rng.choice(filler_alphabet) for _ in range(n - k)]
        note = needed[:]
        rng.shuffle(note)
        if note and rng.random() < 0.5:
            # One letter too many: replace a letter by another needed one, of which the
            # magazine then has one copy too few.
            i = rng.randrange(len(note))
            note[i] = rng.choice([c for c in needed_alphabet if c != note[i]])
        return ["".join(note), "".join(filler + needed)]
    if style == 1:
        # Random letters; the note is a random part of the magazine, sometimes plus a letter.
        magazine = [rng.choice(LETTERS) for _ in range(n)]
        if rng.random() < 0.5:
            note = rng.sample(magazine, rng.randint(0, n))
        else:
            note = rng.sample(magazine, rng.randint(0, max(0, n - 1)))
            note.append(rng.choice(LETTERS))
            rng.shuffle(note)
        return ["".join(note), "".join(magazine)]
    if style == 2:
        # One letter repeated: the note takes all of it, or one more than there is.
        c = rng.choice(LETTERS)
        return [c * n, c * (n - rng.randrange(2))] if n else ["", ""]
    # The note is the magazine reversed: every letter is used exactly once.
    magazine = "".join(rng.choice(LETTERS) for _ in range(n))
    return [magazine[::-1], magazine]
