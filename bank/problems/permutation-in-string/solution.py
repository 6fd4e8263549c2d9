def contains_permutation(pattern, text):
    m, n = len(pattern), len(text)
    if m > n:
        return False
    base = ord("a")
    need = [0] * 26
    have = [0] * 26
    for c in pattern:
        need[ord(c) - base] += 1
    for c in text[:m]:
        have[ord(c) - base] += 1
    matches = sum(1 for i in range(26) if need[i] == have[i])
    if matches == 26:
        return True
    for right in range(m, n):
        # Letter entering at `right`, letter leaving at `right - m`.
        for i, delta in ((ord(text[right]) - base, 1), (ord(text[right - m]) - base, -1)):
            if have[i] == need[i]:
                matches -= 1
            have[i] += delta
            if have[i] == need[i]:
                matches += 1
        if matches == 26:
            return True
    return False
