class MyQueue:
    """Two stacks: push onto inbox; pop and peek read outbox, refilled from inbox only when empty."""

    def __init__(self):
        self.inbox = []
        self.outbox = []

    def push(self, x: int) -> None:
        self.inbox.append(x)

    def _refill(self):
        if not self.outbox:
            inbox, outbox = self.inbox, self.outbox
            while inbox:
                outbox.append(inbox.pop())

    def pop(self) -> int:
        self._refill()
        return self.outbox.pop()

    def peek(self) -> int:
        self._refill()
        return self.outbox[-1]

    def empty(self) -> bool:
        return not self.inbox and not self.outbox
