# expect: compare-singleton@3, compare-singleton@5, compare-singleton@7
def check(flag, done, ready):
    if flag == True:
        return 1
    while done != False:
        done = ready()
    return None != done
