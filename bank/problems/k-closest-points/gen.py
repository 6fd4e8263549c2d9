def generate(n, rng):
    """Arguments for a test of size n (the number of points); rng is a random.Random."""
    n = max(1, n)
    style = rng.randrange(3)
    if style == 0:
        r = 10**4                     # spread over the whole allowed square
    elif style == 1:
        r = 300                       # crowded: many equal distances and repeated points
    else:
        r = 10                        # very crowded
    points = [[rng.randint(-r, r), rng.randint(-r, r)] for _ in range(n)]
    dist = sorted(x * x + y * y for x, y in points)
    k = rng.randint(max(1, n // 20), max(1, n // 5))
    # Move k down until the k-th distance is strictly smaller than the next one.
    while 0 < k < n and dist[k - 1] == dist[k]:
        k -= 1
    if k == 0:
        k = n
    return [points, k]
