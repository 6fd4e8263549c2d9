# class: O(n)
# why: the fast pointer crosses the n nodes two at a time; the slow one stops in the middle
def middle_node(head: Optional[ListNode]) -> Optional[ListNode]:
    slow = fast = head
    while fast and fast.next:
        slow = slow.next
        fast = fast.next.next
    return slow
