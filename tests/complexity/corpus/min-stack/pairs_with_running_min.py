# class: O(n)
# why: every call is O(1) (each entry stores the minimum below it), and a test is n calls, so the whole sequence is O(n)
class MinStack:
    def __init__(self):
        self._items = []

    def push(self, val: int) -> None:
        low = val if not self._items else min(val, self._items[-1][1])
        self._items.append((val, low))

    def pop(self) -> None:
        self._items.pop()

    def top(self) -> int:
        return self._items[-1][0]

    def get_min(self) -> int:
        return self._items[-1][1]
