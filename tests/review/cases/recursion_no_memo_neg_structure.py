# expect: none
def at_depth(node, k):
    if node is None:
        return 0
    if k == 0:
        return 1
    return at_depth(node.left, k - 1) + at_depth(node.right, k - 1)


def path_sum(node, target):
    if node is None:
        return 0
    here = 1 if node.val == target else 0
    return here + path_sum(node.left, target - node.val) + path_sum(node.right, target - node.val)


def range_sum(nums, lo, hi):
    if lo == hi:
        return nums[lo]
    mid = (lo + hi) // 2
    return range_sum(nums, lo, mid) + range_sum(nums, mid + 1, hi)


def via_locals(node, k):
    if node is None:
        return 0
    left, right = node.left, node.right
    return 1 + via_locals(left, k - 1) + via_locals(right, k - 1)
