# class: O(n)
# why: a set holds the window; each character is added once and removed at most once, so 2n set operations
def length_of_longest_substring(s: str) -> int:
    window = set()
    left = 0
    best = 0
    for right in range(len(s)):
        while s[right] in window:
            window.discard(s[left])
            left += 1
        window.add(s[right])
        if right - left + 1 > best:
            best = right - left + 1
    return best
