# class: O(n)
# why: one pass; each character is a push or a pop on a list used as a stack
def is_valid(s: str) -> bool:
    closing = {")": "(", "]": "[", "}": "{"}
    stack = []
    for ch in s:
        if ch in closing:
            if not stack or stack.pop() != closing[ch]:
                return False
        else:
            stack.append(ch)
    return not stack
