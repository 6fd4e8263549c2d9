# class: O(n)
# why: counts the letters of both strings of length n and compares two dicts of at most 26 keys
from collections import Counter


def is_anagram(s: str, t: str) -> bool:
    return Counter(s) == Counter(t)
