LETTERS = "abc"


def generate(n, rng):
    """s of length n and a pattern of length at most n + 1 (capped at 500)."""
    n = max(1, min(n, 500))
    style = rng.randrange(3)
    if style == 0:
        # Many stars that can each eat the same letters, and no way to finish.
        s = "a" * n
        k = max(1, min(n // 4, 40))
        pattern = ("a*" * k + "a" * (n - 2 * k - 1) if n > 2 * k + 1 else "a*" * k) + "b"
        return [s, pattern[:500]]
    s = "".join(rng.choice(LETTERS) for _ in range(n))
    # Build a pattern that matches s, piece by piece.
    parts = []
    i = 0
    while i < n:
        r = rng.random()
        if r < 0.25:
            run = 1
            while i + run < n and s[i + run] == s[i]:
                run += 1
            parts.append(s[i] + "*")
            i += rng.randint(0, run)
        elif r < 0.35:
            parts.append(".*")
            i += rng.randint(0, min(5, n - i))
        elif r < 0.5:
            parts.append(".")
            i += 1
        else:
            parts.append(s[i])
            i += 1
    pattern = "".join(parts)
    if style == 2 and pattern:
        # Break the match with one change near the end.
        k = len(pattern) - 1 - rng.randrange(min(5, len(pattern)))
        if pattern[k] != "*":
            pattern = pattern[:k] + rng.choice(LETTERS) + pattern[k + 1:]
    return [s, pattern[:500]]
