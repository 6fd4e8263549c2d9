# expect: none
def count_matches(items, pattern):
    n = 0
    for item in items:
        if item == pattern[n]:
            n += 1
    return n


def skip_blanks(lines, marks):
    i = 0
    for line in lines:
        if not line:
            continue
        marks[i] = line
        i += 1
    return marks


def numbered(lines, marks):
    i = 0
    for line in lines:
        marks[i] = line
        i += 1
    return i
