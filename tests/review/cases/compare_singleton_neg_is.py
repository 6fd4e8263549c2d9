# expect: none
def first(node):
    if node is None:
        return 0
    if node.left is not None:
        return node.left.val
    return node.val
