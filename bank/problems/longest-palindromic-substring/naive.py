def longest_palindrome(s: str) -> str:
    # Correct but O(n^3): test every substring with two pointers and keep the longest
    # palindrome (the first one found of each length is the leftmost).
    n = len(s)
    best = s[:1]
    for start in range(n):
        for end in range(start + 1, n + 1):
            lo, hi = start, end - 1
            while lo < hi and s[lo] == s[hi]:
                lo += 1
                hi -= 1
            if lo >= hi and end - start > len(best):
                best = s[start:end]
    return best
