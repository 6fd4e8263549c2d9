# class: O(n)
# why: a generator filters and lowercases the n characters into one string with ''.join, then compares it with its reverse
def is_palindrome(s: str) -> bool:
    cleaned = "".join(ch.lower() for ch in s if ch.isalnum())
    return cleaned == cleaned[::-1]
