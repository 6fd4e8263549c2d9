# expect: range-len@3
def find(items, target):
    for i in range(len(items)):
        if items[i] == target:
            break
    else:
        return -1
    return i
