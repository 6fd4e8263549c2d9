def generate(n, rng):
    """Arguments for a test of size n (the length of the list); rng is a random.Random."""
    style = rng.randrange(3)
    if style == 0:
        nums = [rng.randint(0, 10**9) for _ in range(n)]
    elif style == 1:
        # Shared prefixes make the order subtle: 3, 30, 34, 303, 343, ...
        nums = []
        for _ in range(n):
            digits = rng.randint(1, 9)
            nums.append(int("".join(rng.choice("30") if i else "3" for i in range(digits))))
    else:
        nums = [rng.choice([0, 0, 1, 10, 100, 9, 99, 98, rng.randint(0, 1000)]) for _ in range(n)]
    return [nums]
