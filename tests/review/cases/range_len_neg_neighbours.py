# expect: none
def is_sorted(a):
    for i in range(len(a)):
        if i > 0 and a[i - 1] > a[i]:
            return False
    return True


def steps(a):
    for i in range(1, len(a)):
        if a[i] < a[i - 1]:
            return i
    return 0
