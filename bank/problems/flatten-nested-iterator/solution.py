class NestedIterator:
    """Walk a nested list lazily with a stack of [list, next index] frames."""

    def __init__(self, nested_list: list):
        self.stack = [[nested_list, 0]]

    def _settle(self):
        """Move forward until the top frame points at an integer; False if none is left."""
        stack = self.stack
        while stack:
            frame = stack[-1]
            items, i = frame
            if i == len(items):
                stack.pop()                      # this list is finished
            elif isinstance(items[i], list):
                frame[1] = i + 1                 # step past the sub-list, then enter it
                stack.append([items[i], 0])
            else:
                return True
        return False

    def has_next(self) -> bool:
        return self._settle()

    def next(self) -> int:
        self._settle()
        frame = self.stack[-1]
        value = frame[0][frame[1]]
        frame[1] += 1
        return value
