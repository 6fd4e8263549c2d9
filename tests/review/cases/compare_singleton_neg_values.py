# expect: none
def check(x, s, flag):
    if x == 0 or s == "" or flag is True:
        return 1
    return x != 1
