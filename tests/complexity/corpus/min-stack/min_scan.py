# class: O(n^2)
# why: get_min runs min() over the whole stack; gen.py first pushes ~n/2 values, then makes ~60% of the remaining n/2 calls get_min: Theta(n^2) over the test
class MinStack:
    def __init__(self):
        self.stack = []

    def push(self, val: int) -> None:
        self.stack.append(val)

    def pop(self) -> None:
        self.stack.pop()

    def top(self) -> int:
        return self.stack[-1]

    def get_min(self) -> int:
        return min(self.stack)
