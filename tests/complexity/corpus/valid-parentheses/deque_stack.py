# class: O(n)
# why: a deque as the stack; gen.py's strings are valid, or broken at a random spot or by a last odd character, so on average the scan covers a constant fraction of the n characters
from collections import deque


def is_valid(s: str) -> bool:
    pairs = {"(": ")", "[": "]", "{": "}"}
    expected = deque()
    for ch in s:
        if ch in pairs:
            expected.append(pairs[ch])
        elif not expected or expected.pop() != ch:
            return False
    return len(expected) == 0
