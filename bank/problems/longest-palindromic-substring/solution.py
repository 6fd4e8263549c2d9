def longest_palindrome(s: str) -> str:
    # Expand around each of the 2n - 1 centres (a character, or the gap between two).
    # Centres are visited left to right and only a strictly longer palindrome replaces the
    # best one, so among palindromes of the greatest length the leftmost one is kept.
    n = len(s)
    best_start, best_len = 0, 1
    for centre in range(2 * n - 1):
        lo = centre // 2
        hi = lo + centre % 2
        while lo >= 0 and hi < n and s[lo] == s[hi]:
            lo -= 1
            hi += 1
        length = hi - lo - 1
        if length > best_len:
            best_start, best_len = lo + 1, length
    return s[best_start:best_start + best_len]
