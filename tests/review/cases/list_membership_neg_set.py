# expect: none
def common(a, b):
    allowed = set(b)
    out = []
    for x in a:
        if x in allowed:
            out.append(x)
    return out


def one_check(items, x):
    items2 = [i * 2 for i in items]
    return x in items2
