def invert_tree(root: Optional[TreeNode]) -> Optional[TreeNode]:
    # Iterative, so that a very deep tree cannot exhaust the call stack.
    stack = [root] if root is not None else []
    while stack:
        node = stack.pop()
        node.left, node.right = node.right, node.left
        if node.left is not None:
            stack.append(node.left)
        if node.right is not None:
            stack.append(node.right)
    return root
