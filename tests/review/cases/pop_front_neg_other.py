# expect: none
def drain(stack, counts):
    out = []
    while stack:
        out.append(stack.pop())
    first = stack.pop(0) if stack else None
    return out, first


def take_zero(keys):
    table = {0: "zero", 1: "one"}
    for _ in keys:
        table.pop(0, None)
    return table
