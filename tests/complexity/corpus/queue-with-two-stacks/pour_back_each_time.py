# class: O(n^2)
# why: every pop and peek pours the whole queue into a second stack and back; gen.py keeps ~n/2 values queued while most of the last n/2 calls are pops and peeks
class MyQueue:
    def __init__(self):
        self.main = []

    def _front(self, remove):
        spare = []
        while self.main:
            spare.append(self.main.pop())
        value = spare.pop() if remove else spare[-1]
        while spare:
            self.main.append(spare.pop())
        return value

    def push(self, x: int) -> None:
        self.main.append(x)

    def pop(self) -> int:
        return self._front(True)

    def peek(self) -> int:
        return self._front(False)

    def empty(self) -> bool:
        return len(self.main) == 0
