class DynamicArray:
    """A fixed-size backing list that doubles when full and halves when a quarter full."""

    def __init__(self):
        self._capacity = 1
        self._data = [None] * self._capacity
        self._size = 0

    def _resize(self, capacity):
        new = [None] * capacity
        data = self._data
        for k in range(self._size):
            new[k] = data[k]
        self._data = new
        self._capacity = capacity

    def append(self, x):
        if self._size == self._capacity:
            self._resize(2 * self._capacity)
        self._data[self._size] = x
        self._size += 1

    def get(self, i):
        return self._data[i]

    def set(self, i, x):
        self._data[i] = x

    def pop(self):
        self._size -= 1
        x = self._data[self._size]
        self._data[self._size] = None
        if 0 < self._size <= self._capacity // 4:
            self._resize(self._capacity // 2)
        return x

    def size(self):
        return self._size
