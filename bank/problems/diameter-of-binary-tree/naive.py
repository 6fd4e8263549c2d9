def diameter_of_binary_tree(root: Optional[TreeNode]) -> int:
    # Correct but O(n^2) on deep trees: the height of each subtree is recomputed from
    # scratch at every node above it.
    def height(node):
        if node is None:
            return 0
        return 1 + max(height(node.left), height(node.right))

    best = 0
    stack = [root] if root is not None else []
    while stack:
        node = stack.pop()
        best = max(best, height(node.left) + height(node.right))
        if node.left is not None:
            stack.append(node.left)
        if node.right is not None:
            stack.append(node.right)
    return best
