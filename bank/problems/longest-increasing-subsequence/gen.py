def generate(n, rng):
    """Arguments for a test of size n (the length of nums); rng is a random.Random."""
    style = rng.randrange(3)
    if style == 0:
        # Random values over the whole range: the answer is about 2 * sqrt(n).
        nums = [rng.randint(-10**9, 10**9) for _ in range(n)]
    elif style == 1:
        # A rising trend with noise and many duplicates: a long answer.
        nums = [i // 2 * 10 + rng.randint(-30, 30) for i in range(n)]
    else:
        # Few distinct values, mostly falling: a short answer with many ties.
        nums = [rng.randint(0, 50) - i // max(1, n // 20) * 40 for i in range(n)]
    return [nums]
