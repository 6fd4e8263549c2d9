# class: O(n)
# why: each call walks one word of at most 50 letters through nested dicts, so O(1) per call in terms of n and O(n) for the test
class Trie:
    _END = "$"

    def __init__(self):
        self.root = {}

    def insert(self, word: str) -> None:
        node = self.root
        for ch in word:
            node = node.setdefault(ch, {})
        node[self._END] = True

    def _walk(self, text):
        node = self.root
        for ch in text:
            node = node.get(ch)
            if node is None:
                return None
        return node

    def search(self, word: str) -> bool:
        node = self._walk(word)
        return node is not None and self._END in node

    def starts_with(self, prefix: str) -> bool:
        return self._walk(prefix) is not None
