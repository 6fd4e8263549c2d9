# expect: compare-singleton@3
def first(node):
    if node == None:
        return 0
    return node.val
