def generate(n, rng):
    """Arguments for a test of size n (the number of cities, at most 100); rng is a random.Random."""
    n = max(1, min(100, n))
    m = min(5000, n * (n - 1))
    style = rng.randrange(3)
    cities = list(range(n))
    rng.shuffle(cities)
    src, dst = cities[0], cities[-1]
    flights = []
    if style == 0:
        # A cheap chain through every city from src to dst (at most 99 * 9 in all), plus
        # pricier random flights: the cheapest price of a city keeps falling for as many
        # rounds as the chain is long, and the answer depends on how far k lets you ride it.
        for i in range(n - 1):
            flights.append([cities[i], cities[i + 1], rng.randint(1, 9)])
        while len(flights) < m:
            a, b = rng.sample(cities, 2)
            flights.append([a, b, rng.randint(1000, 10**4)])
        k = rng.randrange(n // 2, n) if n > 1 else 0
    elif style == 1:
        # Dense random flights, some pairs repeated with different prices.
        while len(flights) < m:
            if flights and rng.random() < 0.1:
                a, b, _ = rng.choice(flights)
            else:
                a, b = rng.sample(cities, 2)
            flights.append([a, b, rng.randint(1, 10**4)])
        k = rng.randrange(n)
    else:
        # Many flights, but none lands on dst: the answer is -1 whatever k is.
        if n > 2:
            while len(flights) < m - (n - 1):
                a, b = rng.sample(cities[:-1], 2)
                flights.append([a, b, rng.randint(1, 10**4)])
            for c in cities[:-1]:
                flights.append([dst, c, rng.randint(1, 10**4)])
        k = n - 1
    rng.shuffle(flights)
    return [n, flights, src, dst, k]
