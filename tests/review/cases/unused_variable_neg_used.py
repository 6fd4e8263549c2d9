# expect: none
def counter():
    count = 0

    def bump():
        nonlocal count
        count += 1
        return count

    return bump


def fmt(x):
    label = "value"
    return f"{label}={x}"


def drop(d):
    tmp = d.copy()
    del tmp
    total = 0
    for v in d.values():
        total += v
    return total


def dyn(a):
    b = a * 2
    return locals()
