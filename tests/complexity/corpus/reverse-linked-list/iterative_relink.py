# class: O(n)
# why: walks the n nodes once, turning each next pointer around
def reverse_list(head: Optional[ListNode]) -> Optional[ListNode]:
    prev = None
    while head is not None:
        head.next, prev, head = prev, head, head.next
    return prev
