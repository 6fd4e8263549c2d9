# class: O(n)
# why: two indices move inward over the n characters, skipping punctuation; in two of gen.py's three styles the first mismatch, if any, is at the middle, so n/2 steps from each side (its random-text style stops at once)
def is_palindrome(s: str) -> bool:
    i, j = 0, len(s) - 1
    while i < j:
        if not s[i].isalnum():
            i += 1
        elif not s[j].isalnum():
            j -= 1
        elif s[i].lower() != s[j].lower():
            return False
        else:
            i += 1
            j -= 1
    return True
