# expect: list-membership-in-loop@6
def common(a, b):
    allowed = [x for x in b if x > 0]
    out = []
    for x in a:
        if x in allowed:
            out.append(x)
    return out
