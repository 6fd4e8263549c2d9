class NestedIterator:
    # Correct but O(n) per call: remember only how many integers were returned, and walk
    # the whole nested list from the start on every call to find the next one.

    def __init__(self, nested_list: list):
        self.data = nested_list
        self.returned = 0

    def _integer_at(self, k):
        def walk(items):
            for x in items:
                if isinstance(x, list):
                    yield from walk(x)
                else:
                    yield x

        for index, value in enumerate(walk(self.data)):
            if index == k:
                return value
        return None

    def has_next(self) -> bool:
        return self._integer_at(self.returned) is not None

    def next(self) -> int:
        value = self._integer_at(self.returned)
        self.returned += 1
        return value
