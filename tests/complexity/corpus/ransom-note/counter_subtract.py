# class: O(n)
# why: one Counter over the magazine (length n) and one over the note (at most n), then a walk over at most 26 letters
from collections import Counter


def can_construct(ransom_note: str, magazine: str) -> bool:
    have = Counter(magazine)
    for letter, need in Counter(ransom_note).items():
        if have[letter] < need:
            return False
    return True
