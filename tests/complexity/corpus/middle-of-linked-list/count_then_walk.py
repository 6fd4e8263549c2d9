# class: O(n)
# why: one pass to count the n nodes, a second pass of n/2 steps
def middle_node(head: Optional[ListNode]) -> Optional[ListNode]:
    length = 0
    node = head
    while node:
        length += 1
        node = node.next
    node = head
    for _ in range(length // 2):
        node = node.next
    return node
