# class: O(n)
# why: a Counter of the n characters, then one scan for the first with count 1
from collections import Counter


def first_unique_index(s: str) -> int:
    counts = Counter(s)
    for i, ch in enumerate(s):
        if counts[ch] == 1:
            return i
    return -1
