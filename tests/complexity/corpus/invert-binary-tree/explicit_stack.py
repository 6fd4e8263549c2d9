# class: O(n)
# why: an explicit stack visits the n nodes once each
def invert_tree(root: Optional[TreeNode]) -> Optional[TreeNode]:
    stack = [root]
    while stack:
        node = stack.pop()
        if node is None:
            continue
        node.left, node.right = node.right, node.left
        stack.extend((node.left, node.right))
    return root
