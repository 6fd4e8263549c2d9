def generate(n, rng):
    """Arguments for a test of size n (about the length of nums); rng is a random.Random."""
    n = max(1, min(10**5, n))
    if n % 2 == 0:
        n -= 1
    pairs = n // 2
    style = rng.randrange(3)
    values = rng.sample(range(-10**9, 10**9 + 1), pairs + 1)
    single, paired = values[0], values[1:]
    if style == 0:
        # Pairs in random order, the single value anywhere.
        nums = paired * 2 + [single]
        rng.shuffle(nums)
    elif style == 1:
        # Each pair side by side, the single value at the very end (slow for a scan from the front).
        nums = [v for v in paired for _ in range(2)] + [single]
    else:
        # Mirror image, the single value in the middle.
        rng.shuffle(paired)
        nums = paired + [single] + paired[::-1]
    return [nums]
