class LRUCache:
    # Correct but O(capacity) per call: a plain list of [key, value] pairs in order of use
    # (least recently used first), searched from the front on every call.

    def __init__(self, capacity: int):
        self.capacity = capacity
        self.items = []

    def _find(self, key):
        for i, pair in enumerate(self.items):
            if pair[0] == key:
                return i
        return -1

    def get(self, key: int) -> int:
        i = self._find(key)
        if i < 0:
            return -1
        pair = self.items.pop(i)
        self.items.append(pair)
        return pair[1]

    def put(self, key: int, value: int) -> None:
        i = self._find(key)
        if i >= 0:
            self.items.pop(i)
        elif len(self.items) == self.capacity:
            self.items.pop(0)
        self.items.append([key, value])
