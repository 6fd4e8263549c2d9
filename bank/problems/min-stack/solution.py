class MinStack:
    """Each entry is a pair (value, smallest value at or below it), so every call is O(1)."""

    def __init__(self):
        self.items = []

    def push(self, val: int) -> None:
        if self.items:
            low = self.items[-1][1]
            self.items.append((val, val if val < low else low))
        else:
            self.items.append((val, val))

    def pop(self) -> None:
        self.items.pop()

    def top(self) -> int:
        return self.items[-1][0]

    def get_min(self) -> int:
        return self.items[-1][1]
