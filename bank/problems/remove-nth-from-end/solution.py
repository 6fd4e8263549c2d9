def remove_nth_from_end(head: Optional[ListNode], n: int) -> Optional[ListNode]:
    dummy = ListNode(0, head)
    lead = dummy
    for _ in range(n):                   # lead runs n nodes ahead of trail
        lead = lead.next
    trail = dummy
    while lead.next is not None:
        lead = lead.next
        trail = trail.next
    trail.next = trail.next.next         # trail is just before the node to remove
    return dummy.next
