def generate(n, rng):
    """A sorted list of n integers and a target with exactly one answer; rng is a random.Random.

    Every value is a multiple of 3 except the two answer values, which are 1 more than a
    multiple of 3. Their sum is 2 more than a multiple of 3, which no other pair can reach,
    so the answer is unique even though the other values may repeat. The smaller answer
    value comes from the upper part of the range, so a pairwise scan reaches it late."""
    n = max(2, n)
    top = 10**9 // 3 - 1
    spread = rng.choice((top, max(1, n // 2)))     # wide values, or many repeats
    others = [3 * rng.randint(-spread, spread) for _ in range(n - 2)]
    a = 3 * rng.randint(0, top // 2) + 1 if spread == top else 3 * rng.randint(0, spread) + 1
    b = 3 * rng.randint((a - 1) // 3, top if spread == top else spread) + 1
    numbers = sorted(others + [a, b])
    return [numbers, a + b]
