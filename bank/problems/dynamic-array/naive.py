class DynamicArray:
    # Correct, but the backing list grows by one slot per append, copying every element:
    # O(n) per append, O(n^2) for n appends.

    def __init__(self):
        self._data = []
        self._size = 0

    def append(self, x):
        new = [None] * (self._size + 1)
        for k in range(self._size):
            new[k] = self._data[k]
        new[self._size] = x
        self._data = new
        self._size += 1

    def get(self, i):
        return self._data[i]

    def set(self, i, x):
        self._data[i] = x

    def pop(self):
        self._size -= 1
        x = self._data[self._size]
        self._data[self._size] = None
        return x

    def size(self):
        return self._size
