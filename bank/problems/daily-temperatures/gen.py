def generate(n, rng):
    """Arguments for a test of size n (the number of days); rng is a random.Random."""
    n = max(1, n)
    style = rng.randrange(3)
    if style == 0:
        # Random weather.
        temps = [rng.randint(-100, 100) for _ in range(n)]
    elif style == 1:
        # A long cold spell: the temperature never rises, then one hot day at the very end,
        # so every day waits until the last one.
        temps = sorted((rng.randint(-100, 99) for _ in range(n - 1)), reverse=True) + [100]
        temps = temps[-n:]
    else:
        # Falling sawtooth: a slow decline over the whole range with small rebounds, so
        # many days wait at once and the stack stays deep.
        temps, t, drop = [], 100, 200 / n
        for _ in range(n):
            temps.append(t)
            if rng.random() < 0.02:
                t = min(100, t + rng.randint(1, 3))
            elif rng.random() < drop * 1.1:
                t = max(-100, t - rng.randint(1, 2))
    return [temps]
