def generate(n, rng):
    """Arguments for a test of size n (the length of the list); rng is a random.Random."""
    style = rng.randrange(3)
    if style == 0:
        nums = [rng.randrange(3) for _ in range(n)]
    elif style == 1:
        # Mostly 2s then mostly 0s: many swaps with the back.
        nums = [2 if i < n // 2 else 0 for i in range(n)]
        for _ in range(n // 10):
            nums[rng.randrange(n)] = rng.randrange(3)
    else:
        weights = [rng.random() for _ in range(3)]
        nums = rng.choices([0, 1, 2], weights=weights, k=n)
    return [nums]
