# expect: none
def double(a):
    for i in range(len(a)):
        a[i] = a[i] * 2
    return a


def evens(a):
    out = []
    for i in range(len(a)):
        out.append(i * 2)
    return out


def grow(a):
    for i in range(len(a)):
        a.append(a[i])
    return a
