def column_number(title: str) -> int:
    # Correct but O(answer): list the columns one by one, from A, until the title comes up.
    # The counter is a list of letter values (1..26), incremented like an odometer.
    target = [ord(c) - ord('A') + 1 for c in title]
    current = [1]
    count = 1
    while current != target:
        i = len(current) - 1
        while i >= 0 and current[i] == 26:
            current[i] = 1
            i -= 1
        if i < 0:
            current.insert(0, 1)       # ZZ..Z is followed by AA..A, one letter longer
        else:
            current[i] += 1
        count += 1
    return count
