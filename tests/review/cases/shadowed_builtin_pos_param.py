# expect: shadowed-builtin@2, shadowed-builtin@8, shadowed-builtin@10
def count(str, chars):
    return sum(1 for ch in str if ch in chars)


def lookup(ids, table):
    out = []
    for id in ids:
        out.append(table[id])
    return out, [len(type) for type in table]
