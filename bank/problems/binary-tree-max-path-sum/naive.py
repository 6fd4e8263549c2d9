def max_path_sum(root):
    # Recompute the best downward path from scratch at every node: O(n^2) on a deep tree.
    def down(node):
        best_here = node.val
        stack = [(node, node.val)]
        while stack:
            cur, total = stack.pop()
            best_here = max(best_here, total)
            for child in (cur.left, cur.right):
                if child is not None:
                    stack.append((child, total + child.val))
        return best_here

    best = root.val
    stack = [root]
    while stack:
        node = stack.pop()
        left = max(0, down(node.left)) if node.left is not None else 0
        right = max(0, down(node.right)) if node.right is not None else 0
        best = max(best, node.val + left + right)
        for child in (node.left, node.right):
            if child is not None:
                stack.append(child)
    return best
