def max_path_sum(root):
    # Iterative post-order: gain[node] is the best sum of a downward path starting at node.
    best = root.val
    gain = {}
    stack = [(root, False)]
    while stack:
        node, done = stack.pop()
        if not done:
            stack.append((node, True))
            if node.left is not None:
                stack.append((node.left, False))
            if node.right is not None:
                stack.append((node.right, False))
            continue
        left = gain.pop(id(node.left), 0) if node.left is not None else 0
        right = gain.pop(id(node.right), 0) if node.right is not None else 0
        left = left if left > 0 else 0
        right = right if right > 0 else 0
        if node.val + left + right > best:
            best = node.val + left + right
        gain[id(node)] = node.val + (left if left > right else right)
    return best
