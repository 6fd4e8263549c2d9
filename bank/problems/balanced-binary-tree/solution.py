def is_balanced(root: Optional[TreeNode]) -> bool:
    # Post-order without recursion: every height is computed once, from the children's,
    # and each node is checked as soon as both children are done. O(n) time.
    height = {}                     # finished subtrees whose parent is not done yet
    stack = [(root, False)] if root is not None else []
    while stack:
        node, children_done = stack.pop()
        if children_done:
            left = height.pop(node.left, 0)     # an empty subtree has height 0
            right = height.pop(node.right, 0)
            if left - right > 1 or right - left > 1:
                return False
            height[node] = 1 + (left if left > right else right)
        else:
            stack.append((node, True))
            if node.right is not None:
                stack.append((node.right, False))
            if node.left is not None:
                stack.append((node.left, False))
    return True
