# class: O(n log n)
# why: sorts the characters of the note and of the magazine (random letters in three of gen.py's four styles; the one-letter style sorts in O(n)), then walks them like a merge
def can_construct(ransom_note: str, magazine: str) -> bool:
    need = sorted(ransom_note)
    have = sorted(magazine)
    j = 0
    for ch in need:
        while j < len(have) and have[j] < ch:
            j += 1
        if j == len(have) or have[j] != ch:
            return False
        j += 1
    return True
