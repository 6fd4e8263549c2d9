def lowest_common_ancestor(root: Optional[TreeNode], p: int, q: int) -> int:
    low, high = min(p, q), max(p, q)
    node = root
    while True:
        if node.val > high:              # both values are in the left subtree
            node = node.left
        elif node.val < low:             # both values are in the right subtree
            node = node.right
        else:                            # the values split here (or one of them is here)
            return node.val
