def generate(n, rng):
    """Arguments for a test of size n (the number of depots); rng is a random.Random."""
    style = rng.randrange(3)
    if style == 0 or n < 2:
        gas = [rng.randint(0, 10**4) for _ in range(n)]
        cost = [rng.randint(0, 10**4) for _ in range(n)]
        return [gas, cost]
    # Every leg breaks even except a deficit near the end and a surplus at the last depot, so
    # each start from the front runs almost the whole way round before it fails.
    gas = [rng.randint(1, 10**4 - 2) for _ in range(n)]
    cost = gas[:]
    deficit = 1 if style == 1 else 2        # style 2: one litre short overall, answer -1
    cost[n - 2] = gas[n - 2] + deficit
    gas[n - 1] = cost[n - 1] + 1
    return [gas, cost]
