def is_palindrome_list(head: Optional[ListNode]) -> bool:
    # find the middle: slow stops at the start of the second half
    slow = fast = head
    while fast is not None and fast.next is not None:
        slow = slow.next
        fast = fast.next.next
    # reverse the second half
    prev = None
    while slow is not None:
        nxt = slow.next
        slow.next = prev
        prev = slow
        slow = nxt
    # compare the first half with the reversed second half
    left, right = head, prev
    result = True
    while right is not None:
        if left.val != right.val:
            result = False
            break
        left = left.next
        right = right.next
    # restore the list
    node, back = prev, None
    while node is not None:
        nxt = node.next
        node.next = back
        back = node
        node = nxt
    return result
