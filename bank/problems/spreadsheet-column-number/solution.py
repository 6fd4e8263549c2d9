def column_number(title: str) -> int:
    # A title is a number in "bijective" base 26: the digits are A=1 .. Z=26, with no zero.
    total = 0
    for letter in title:
        total = total * 26 + (ord(letter) - ord('A') + 1)
    return total
