def kth_smallest(root: Optional[TreeNode], k: int) -> int:
    # Iterative in-order traversal, stopping at the k-th value: O(h + k).
    stack = []
    node = root
    while True:
        while node is not None:
            stack.append(node)
            node = node.left
        node = stack.pop()
        k -= 1
        if k == 0:
            return node.val
        node = node.right
