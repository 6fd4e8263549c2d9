# class: O(n)
# why: insert adds every prefix of the word (at most 50, so bounded work) to a set; search and starts_with are single set lookups: O(n) for n calls
class Trie:
    def __init__(self):
        self.words = set()
        self.prefixes = set()

    def insert(self, word: str) -> None:
        self.words.add(word)
        for i in range(1, len(word) + 1):
            self.prefixes.add(word[:i])

    def search(self, word: str) -> bool:
        return word in self.words

    def starts_with(self, prefix: str) -> bool:
        return prefix in self.prefixes
