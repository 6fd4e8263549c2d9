from collections import Counter


def can_construct(ransom_note: str, magazine: str) -> bool:
    if len(ransom_note) > len(magazine):
        return False
    available = Counter(magazine)           # at most 26 keys: O(1) extra space
    for letter in ransom_note:
        available[letter] -= 1
        if available[letter] < 0:
            return False
    return True
