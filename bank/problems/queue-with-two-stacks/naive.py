class MyQueue:
    # Correct but O(n) per pop and peek: every element is moved to a second stack and back.

    def __init__(self):
        self.items = []

    def push(self, x: int) -> None:
        self.items.append(x)

    def _take(self, remove):
        other = []
        while self.items:
            other.append(self.items.pop())
        front = other.pop() if remove else other[-1]
        while other:
            self.items.append(other.pop())
        return front

    def pop(self) -> int:
        return self._take(True)

    def peek(self) -> int:
        return self._take(False)

    def empty(self) -> bool:
        return not self.items
