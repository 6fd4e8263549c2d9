def generate(n, rng):
    """n characters: long well-formed runs separated by a few stray brackets."""
    out = []
    while len(out) < n:
        r = rng.random()
        if r < 0.1:
            out.append(rng.choice("()"))
        else:
            # A random well-formed run of random length.
            length = rng.randint(1, max(1, n // 8))
            depth = 0
            run = []
            for _ in range(length):
                if depth > 0 and rng.random() < 0.5:
                    run.append(")")
                    depth -= 1
                else:
                    run.append("(")
                    depth += 1
            run.extend(")" * depth)
            out.extend(run)
    return ["".join(out[:n])]
