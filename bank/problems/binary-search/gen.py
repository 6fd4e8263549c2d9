def generate(n, rng):
    """Arguments for a test of size n (the length of nums); rng is a random.Random."""
    n = max(1, n)
    style = rng.randrange(3)
    # n distinct sorted values spread over the whole range, with gaps between them.
    step = (2 * 10**9) // n
    nums = [-10**9 + i * step + rng.randrange(max(1, step - 1)) for i in range(n)]
    if style == 0:
        target = nums[rng.randrange(n)]               # present
    elif style == 1:
        # Absent: just above some value (the blocks leave a gap after every value), or
        # outside the whole range.
        target = rng.choice([nums[rng.randrange(n)] + 1, -10**9 - 1, 10**9 + 1])
    else:
        target = rng.choice([nums[0], nums[-1]])      # at one end
    return [nums, target]
