class Trie:
    # Correct but O(number of words * length) per starts_with: a plain list of the words,
    # scanned on every prefix query.

    def __init__(self):
        self.words = []

    def insert(self, word: str) -> None:
        self.words.append(word)

    def search(self, word: str) -> bool:
        return word in self.words

    def starts_with(self, prefix: str) -> bool:
        return any(w.startswith(prefix) for w in self.words)
