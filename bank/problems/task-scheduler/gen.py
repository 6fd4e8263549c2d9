import string


def generate(n, rng):
    """Arguments for a test of size n (the number of tasks); rng is a random.Random."""
    n = max(1, n)
    style = rng.randrange(3)
    letters = string.ascii_uppercase
    if style == 0:
        # Many letters, roughly even counts, any cooldown.
        alphabet = letters[: rng.randint(1, 26)]
        tasks = [rng.choice(alphabet) for _ in range(n)]
    elif style == 1:
        # One dominant letter: the idle steps matter.
        alphabet = letters[: rng.randint(1, 6)]
        tasks = [alphabet[0] if rng.random() < 0.6 else rng.choice(alphabet) for _ in range(n)]
    else:
        # Several letters tied for the top count, the rest filler.
        ties = rng.randint(1, 5)
        top = max(1, n // (ties + 2))
        tasks = [letters[i] for i in range(ties) for _ in range(top)]
        tasks += [rng.choice(letters[ties:]) for _ in range(n - len(tasks))]
        tasks = tasks[:n]
        rng.shuffle(tasks)
    return [tasks, rng.randint(0, 100) if n > 20 else rng.randint(0, 4)]
