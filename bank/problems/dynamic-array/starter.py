class DynamicArray:
    def __init__(self):
        pass

    def append(self, x: int) -> None:
        pass

    def get(self, i: int) -> int:
        pass

    def set(self, i: int, x: int) -> None:
        pass

    def pop(self) -> int:
        pass

    def size(self) -> int:
        pass
