# expect: none
def pairs(items):
    out = []
    for a, b in items:
        out.append(a)
    first, _rest = items[0], items[1:]
    _scratch = len(items)
    for _ in range(3):
        out.append(first)
    return out


def safe(f):
    try:
        return f()
    except ValueError as err:
        return None
