def word_break(s: str, word_dict: list[str]) -> bool:
    words = set(word_dict)
    lengths = sorted({len(w) for w in words})
    n = len(s)
    # ok[i]: the first i characters of s can be split into dictionary words.
    ok = [False] * (n + 1)
    ok[0] = True
    for i in range(1, n + 1):
        for length in lengths:
            if length > i:
                break
            if ok[i - length] and s[i - length:i] in words:
                ok[i] = True
                break
    return ok[n]
