# expect: none
def build(items):
    lst = sorted(items, key=len)
    max_len = max(len(x) for x in lst)
    total = sum(len(x) for x in lst)
    return lst, max_len, total
