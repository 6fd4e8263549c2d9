# expect: shadowed-builtin@3, shadowed-builtin@6
def build(n):
    list = []
    for i in range(n):
        list.append(i)
    max = 0
    for x in list:
        if x > max:
            max = x
    return list, max
