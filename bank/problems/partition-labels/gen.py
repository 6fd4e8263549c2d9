import string


def generate(n, rng):
    """Arguments for a test of size n (the length of the string); rng is a random.Random."""
    style = rng.randrange(3)
    letters = string.ascii_lowercase
    if style == 0:
        # Blocks over small disjoint alphabets: several pieces of varied lengths.
        out = []
        remaining = n
        pool = list(letters)
        rng.shuffle(pool)
        while remaining > 0:
            if len(pool) <= 1:
                size = remaining
            else:
                size = min(remaining, rng.randint(1, max(1, 2 * n // 13)))
            k = min(len(pool), rng.randint(1, 3)) if len(pool) > 1 else 1
            alpha, pool = pool[:k], pool[k:] if len(pool) > k else pool
            out.extend(rng.choice(alpha) for _ in range(size))
            remaining -= size
        return ["".join(out)]
    if style == 1:
        # Every letter in its own run, in order: 26 pieces at most.
        k = min(26, n)
        cuts = sorted(rng.sample(range(1, n), k - 1)) if k > 1 else []
        bounds = [0] + cuts + [n]
        return ["".join(letters[j] * (bounds[j + 1] - bounds[j]) for j in range(k))]
    # Random letters, with the first letter repeated at the very end: one piece.
    out = [rng.choice(letters) for _ in range(n)]
    out[-1] = out[0]
    return ["".join(out)]
