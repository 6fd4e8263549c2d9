def reverse_list(head: Optional[ListNode]) -> Optional[ListNode]:
    prev = None
    curr = head
    while curr is not None:
        following = curr.next
        curr.next = prev
        prev = curr
        curr = following
    return prev
