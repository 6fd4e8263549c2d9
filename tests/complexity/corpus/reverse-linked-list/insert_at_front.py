# class: O(n^2)
# why: collects the values with list.insert(0, v), which shifts the whole list each time: 1 + 2 + ... + n moves
def reverse_list(head: Optional[ListNode]) -> Optional[ListNode]:
    values = []
    node = head
    while node:
        values.insert(0, node.val)
        node = node.next
    dummy = ListNode()
    tail = dummy
    for v in values:
        tail.next = ListNode(v)
        tail = tail.next
    return dummy.next
