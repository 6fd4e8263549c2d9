def generate(n, rng):
    """Arguments for a test of size n (the target, at most 45); rng is a random.Random."""
    target = max(1, min(45, n))
    style = rng.randrange(3)
    if style == 0:
        # Every number from 2 up: the largest answers.
        candidates = list(range(2, rng.randint(2, 31) + 1))
    elif style == 1:
        # A random handful.
        candidates = rng.sample(range(2, 51), rng.randint(1, 30))
    else:
        # Many candidates, at most 30.
        candidates = rng.sample(range(2, 51), 30)
    rng.shuffle(candidates)
    return [candidates, target]
