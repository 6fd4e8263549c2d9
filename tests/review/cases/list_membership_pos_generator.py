# expect: list-membership-in-loop@4, list-membership-in-loop@12
def count_vowels(text):
    vowels = list("aeiou")
    return sum(1 for ch in text if ch in vowels)


def missing(expected, got):
    present = [g.lower() for g in got]
    result = []
    i = 0
    while i < 10:
        if expected[i] not in present:
            result.append(expected[i])
        i += 2
    return result
