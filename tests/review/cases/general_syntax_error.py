# expect: none
def broken(:
    return [x for x in range(len(x)) if x == None]
