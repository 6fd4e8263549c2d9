# expect: none
def make_cell():
    value = 1

    def inner():
        nonlocal value

    return inner.__closure__[0]


def walrus(lines):
    while (line := lines.pop()):
        if line.strip():
            return line
    return None
