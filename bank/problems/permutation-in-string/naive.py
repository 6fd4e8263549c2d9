def contains_permutation(pattern, text):
    # Correct but O(n * m log m): sort every window of the right length and compare.
    m = len(pattern)
    target = sorted(pattern)
    for i in range(len(text) - m + 1):
        if sorted(text[i:i + m]) == target:
            return True
    return False
