import string

KEEP = string.ascii_letters + string.digits
NOISE = " .,;:!?'-_()[]{}@#$%&*/\\\"`~^+=<>|"


def generate(n, rng):
    """Arguments for a test of size n (the length of s); rng is a random.Random."""
    style = rng.randrange(3)
    # Build a clean palindrome of letters/digits, with random case, then sprinkle noise.
    core_len = max(0, n - n // 4)
    half = [rng.choice(string.ascii_lowercase + string.digits) for _ in range(core_len // 2)]
    middle = [rng.choice(KEEP)] if core_len % 2 else []
    core = half + middle + half[::-1]
    if style == 1 and core:
        # one mismatch near the middle: not a palindrome, found only after a long scan
        k = len(core) // 2 - 1 if len(core) > 1 else 0
        core[k] = 'A' if core[k].lower() != 'a' else 'B'
        if len(core) == 1 or core[k].lower() == core[len(core) - 1 - k].lower():
            core[k] = '0' if core[len(core) - 1 - k].lower() != '0' else '1'
    core = [c.upper() if c.isalpha() and rng.random() < 0.5 else c for c in core]
    out = []
    noise_left = n - len(core)
    slots = len(core) + 1
    for idx in range(slots):
        if noise_left > 0 and (idx == slots - 1 or rng.random() < (n // 4 + 1) / (slots + 1)):
            take = noise_left if idx == slots - 1 else 1
            out.extend(rng.choice(NOISE) for _ in range(take))
            noise_left -= take
        if idx < len(core):
            out.append(core[idx])
    s = ''.join(out)
    if style == 2:
        s = ''.join(rng.choice(KEEP + NOISE) for _ in range(n))    # random text
    return [s]
