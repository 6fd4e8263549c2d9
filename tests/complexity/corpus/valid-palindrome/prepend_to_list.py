# class: O(n^2)
# why: `backwards = [ch] + backwards` builds a new list and copies every element so far for each kept character (about 3n/4 of them): 1 + 2 + ... copies
def is_palindrome(s: str) -> bool:
    forwards = []
    backwards = []
    for ch in s:
        if ch.isalnum():
            ch = ch.lower()
            forwards.append(ch)
            backwards = [ch] + backwards
    return forwards == backwards
