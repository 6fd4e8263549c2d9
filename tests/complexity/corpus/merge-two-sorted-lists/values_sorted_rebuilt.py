# class: O(n)
# why: copies the n values out, sorts them (two ascending runs: a linear timsort merge) and builds n new nodes
def merge_two_lists(list1: Optional[ListNode], list2: Optional[ListNode]) -> Optional[ListNode]:
    values = []
    for node in (list1, list2):
        while node:
            values.append(node.val)
            node = node.next
    values.sort()
    head = None
    for v in reversed(values):
        head = ListNode(v, head)
    return head
