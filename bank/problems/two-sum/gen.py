def generate(n, rng):
    """n distinct values; the only pair summing to target sits near the end."""
    n = max(n, 2)
    # Odd values only, then one even target built from two of them: a sum of
    # two odd numbers is even, but we make the pair unique by choosing values
    # far outside the range used by the rest.
    values = rng.sample(range(-10**8, 10**8), n - 2)
    values = [2 * v + 1 for v in values]          # odd, distinct, |v| < 2*10**8 + 1
    a, b = 5 * 10**8 + 2, 4 * 10**8 + 6           # even, larger than any pair of odds
    i = rng.randrange(n - 1, n)                   # late positions: naive scans everything
    j = rng.randrange(n // 2, n - 1) if n > 2 else 0  # n == 2: the pair is the whole list
    values.insert(min(i, j), a)
    values.insert(max(i, j), b)
    return [values, a + b]
