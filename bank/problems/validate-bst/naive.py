def is_valid_bst(root: Optional[TreeNode]) -> bool:
    # Correct but O(n^2) on deep trees: every node rescans its whole subtrees for their
    # largest and smallest values.
    def values(node):
        out, stack = [], [node]
        while stack:
            cur = stack.pop()
            if cur is not None:
                out.append(cur.val)
                stack.append(cur.left)
                stack.append(cur.right)
        return out

    stack = [root]
    while stack:
        node = stack.pop()
        if node is None:
            continue
        left, right = values(node.left), values(node.right)
        if (left and max(left) >= node.val) or (right and min(right) <= node.val):
            return False
        stack.append(node.left)
        stack.append(node.right)
    return True
