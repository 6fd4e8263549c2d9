def word_pattern(pattern: str, s: str) -> bool:
    # Correct but O(n^2): compare every pair of positions. Two letters must be equal exactly
    # when the two words at the same positions are equal.
    words = s.split()
    if len(words) != len(pattern):
        return False
    n = len(pattern)
    for i in range(n):
        for j in range(i + 1, n):
            if (pattern[i] == pattern[j]) != (words[i] == words[j]):
                return False
    return True
