def merge_two_lists(list1: Optional[ListNode], list2: Optional[ListNode]) -> Optional[ListNode]:
    dummy = ListNode()
    tail = dummy
    while list1 is not None and list2 is not None:
        if list2.val < list1.val:
            tail.next = list2
            list2 = list2.next
        else:                              # ties take list1 first (either order is fine)
            tail.next = list1
            list1 = list1.next
        tail = tail.next
    tail.next = list1 if list1 is not None else list2
    return dummy.next
