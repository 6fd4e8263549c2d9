class LFUCache:
    # Correct but O(capacity) per eviction: a dict of key -> [value, uses, last_use],
    # scanned in full for the entry with the fewest uses (oldest last use on a tie).

    def __init__(self, capacity: int):
        self.capacity = capacity
        self.entries = {}
        self.clock = 0

    def get(self, key: int) -> int:
        entry = self.entries.get(key)
        if entry is None:
            return -1
        self.clock += 1
        entry[1] += 1
        entry[2] = self.clock
        return entry[0]

    def put(self, key: int, value: int) -> None:
        self.clock += 1
        entry = self.entries.get(key)
        if entry is not None:
            entry[0] = value
            entry[1] += 1
            entry[2] = self.clock
            return
        if len(self.entries) == self.capacity:
            victim = None
            best = None
            for k, (_, uses, last) in self.entries.items():
                if best is None or (uses, last) < best:
                    best = (uses, last)
                    victim = k
            del self.entries[victim]
        self.entries[key] = [value, 1, self.clock]
