# class: O(n)
# why: pushes the n nodes on a list (amortized O(1) appends), then relinks them while popping
def reverse_list(head: Optional[ListNode]) -> Optional[ListNode]:
    nodes = []
    while head:
        nodes.append(head)
        head = head.next
    if not nodes:
        return None
    new_head = nodes.pop()
    cur = new_head
    while nodes:
        cur.next = nodes.pop()
        cur = cur.next
    cur.next = None
    return new_head
