# class: O(n)
# why: each value moves from the inbox to the outbox at most once, so the n calls cost O(n) in total (amortized O(1) each)
class MyQueue:
    def __init__(self):
        self.inbox = []
        self.outbox = []

    def push(self, x: int) -> None:
        self.inbox.append(x)

    def _refill(self):
        if not self.outbox:
            while self.inbox:
                self.outbox.append(self.inbox.pop())

    def pop(self) -> int:
        self._refill()
        return self.outbox.pop()

    def peek(self) -> int:
        self._refill()
        return self.outbox[-1]

    def empty(self) -> bool:
        return not self.inbox and not self.outbox
