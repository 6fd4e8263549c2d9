class NestedIterator:
    def __init__(self, nested_list: list):
        pass

    def next(self) -> int:
        pass

    def has_next(self) -> bool:
        pass
