# class: O(n)
# why: a 26-slot tally filled from the magazine, then spent letter by letter on the note: two linear loops
def can_construct(ransom_note: str, magazine: str) -> bool:
    stock = [0] * 26
    base = ord("a")
    for ch in magazine:
        stock[ord(ch) - base] += 1
    for ch in ransom_note:
        k = ord(ch) - base
        if stock[k] == 0:
            return False
        stock[k] -= 1
    return True
