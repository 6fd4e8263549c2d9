# class: O(n)
# why: visits each of the n nodes once; recursion depth is the tree height (up to n for gen.py's chains)
def max_depth(root: Optional[TreeNode]) -> int:
    if root is None:
        return 0
    return 1 + max(max_depth(root.left), max_depth(root.right))
