# expect: none
def height(node):
    if node is None:
        return 0
    return 1 + max(height(node.left), height(node.right))


def merge_sort(a):
    if len(a) < 2:
        return a
    mid = len(a) // 2
    left, right = merge_sort(a[:mid]), merge_sort(a[mid:])
    return sorted(left + right)


def search(grid, r, c, word, i):
    if i == len(word):
        return True
    if not (0 <= r < len(grid) and 0 <= c < len(grid[0])) or grid[r][c] != word[i]:
        return False
    return search(grid, r + 1, c, word, i + 1) or search(grid, r, c + 1, word, i + 1)


def subsets(nums, i, cur):
    if i == len(nums):
        return [cur]
    return subsets(nums, i + 1, cur + [nums[i]]) + subsets(nums, i + 1, cur)
