def is_palindrome(s: str) -> bool:
    i, j = 0, len(s) - 1
    while i < j:
        a, b = s[i], s[j]
        if not (a.isascii() and a.isalnum()):
            i += 1
        elif not (b.isascii() and b.isalnum()):
            j -= 1
        elif a.lower() != b.lower():
            return False
        else:
            i += 1
            j -= 1
    return True
