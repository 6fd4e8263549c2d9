def diameter_of_binary_tree(root: Optional[TreeNode]) -> int:
    # Post-order without recursion: height[node] = edges on the longest downward path + 1.
    # The longest path that bends at a node is height(left) + height(right) edges.
    best = 0
    height = {None: 0}
    stack = [(root, False)] if root is not None else []
    while stack:
        node, children_done = stack.pop()
        if children_done:
            left, right = height[node.left], height[node.right]
            if left + right > best:
                best = left + right
            height[node] = 1 + (left if left > right else right)
        else:
            stack.append((node, True))
            if node.left is not None:
                stack.append((node.left, False))
            if node.right is not None:
                stack.append((node.right, False))
    return best
