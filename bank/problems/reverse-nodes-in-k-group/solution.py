def reverse_k_group(head: Optional[ListNode], k: int) -> Optional[ListNode]:
    dummy = ListNode(0, head)
    before = dummy                       # the node just before the next group
    while True:
        # Find the k-th node of the group; stop if fewer than k nodes remain.
        last = before
        for _ in range(k):
            last = last.next
            if last is None:
                return dummy.next
        after = last.next
        # Reverse the k nodes from before.next to last, pointing the first at `after`.
        first = before.next
        prev, cur = after, first
        while cur is not after:
            nxt = cur.next
            cur.next = prev
            prev = cur
            cur = nxt
        before.next = last               # last is now the head of the group
        before = first                   # first is now its tail
