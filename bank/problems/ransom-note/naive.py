def can_construct(ransom_note: str, magazine: str) -> bool:
    # Correct but O(n * m): every letter of the note is searched for in what is left of the
    # magazine and crossed out, and both the search and the removal scan the list.
    letters = list(magazine)
    for letter in ransom_note:
        if letter not in letters:
            return False
        letters.remove(letter)
    return True
