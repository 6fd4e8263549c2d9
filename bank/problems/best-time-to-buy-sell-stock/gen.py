def generate(n, rng):
    """n daily prices; rng is a random.Random. The style picks a random walk, a falling market
    (answer 0) or independent random prices."""
    n = max(1, n)
    style = rng.randrange(3)
    if style == 0:
        p = rng.randint(0, 10_000)
        prices = []
        for _ in range(n):
            p = min(10_000, max(0, p + rng.randint(-20, 20)))
            prices.append(p)
    elif style == 1:
        prices = sorted((rng.randint(0, 10_000) for _ in range(n)), reverse=True)
    else:
        prices = [rng.randint(0, 10_000) for _ in range(n)]
    return [prices]
