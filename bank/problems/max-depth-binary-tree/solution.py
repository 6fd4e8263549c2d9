from collections import deque


def max_depth(root: Optional[TreeNode]) -> int:
    # Level by level: the depth is the number of levels. No recursion, so a long chain is fine.
    if root is None:
        return 0
    depth = 0
    level = deque([root])
    while level:
        depth += 1
        for _ in range(len(level)):
            node = level.popleft()
            if node.left is not None:
                level.append(node.left)
            if node.right is not None:
                level.append(node.right)
    return depth
