# expect: range-len@4, range-len@10
def dot(a, b):
    total = 0
    for i in range(len(a)):
        total += a[i] * b[i]
    return total


def same_letters(word, other):
    for i in range(len(word)):
        if word[i] != other[i]:
            return False
    return True
