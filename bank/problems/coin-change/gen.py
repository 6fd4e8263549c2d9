def generate(n, rng):
    """Arguments for a test of size n (the amount); rng is a random.Random."""
    amount = max(0, n)
    style = rng.randrange(3)
    top = max(1, amount)
    if style == 0:
        # Up to 11 distinct small coins (at most amount/50), plus one coin too big to use.
        small = max(1, top // 50)
        coins = rng.sample(range(1, small + 1), min(11, small)) + [rng.randint(amount + 1, 2**31 - 1)]
    elif style == 1:
        # Mid-sized coins between amount/100 and amount/10; greedy choices tend to fail.
        lo, hi = max(1, amount // 100), max(1, amount // 10)
        coins = [rng.randint(lo, hi) for _ in range(12)]
    else:
        # Every coin is a multiple of g, the amount is not: the answer is -1.
        g = rng.randint(2, 9)
        coins = [g * rng.randint(1, max(1, top // (10 * g))) for _ in range(12)]
        if amount % g == 0:
            amount = max(1, amount - 1)
    rng.shuffle(coins)
    return [coins, amount]
