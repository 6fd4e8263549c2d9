class MinStack:
    # Correct but O(n) per get_min: a plain list, scanned on every query.

    def __init__(self):
        self.items = []

    def push(self, val: int) -> None:
        self.items.append(val)

    def pop(self) -> None:
        self.items.pop()

    def top(self) -> int:
        return self.items[-1]

    def get_min(self) -> int:
        return min(self.items)
