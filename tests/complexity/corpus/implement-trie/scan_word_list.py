# class: O(n^2)
# why: words are kept in a plain list; search and starts_with scan it, and gen.py stores Theta(n) words before most queries: n calls times O(n) each
class Trie:
    def __init__(self):
        self.words = []

    def insert(self, word: str) -> None:
        self.words.append(word)

    def search(self, word: str) -> bool:
        return word in self.words

    def starts_with(self, prefix: str) -> bool:
        return any(w.startswith(prefix) for w in self.words)
