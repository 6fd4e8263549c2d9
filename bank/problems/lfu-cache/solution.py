from collections import OrderedDict


class LFUCache:
    """Two dicts and the smallest frequency in use.

    values maps key -> value and counts maps key -> how many times it was used.
    buckets maps a use count to an OrderedDict of the keys with that count, oldest use
    first, so the victim is the first key of buckets[min_count]. Every operation touches
    a constant number of dict entries.
    """

    def __init__(self, capacity: int):
        self.capacity = capacity
        self.values = {}
        self.counts = {}
        self.buckets = {}
        self.min_count = 0

    def _touch(self, key):
        count = self.counts[key]
        bucket = self.buckets[count]
        del bucket[key]
        if not bucket:
            del self.buckets[count]
            if self.min_count == count:
                self.min_count = count + 1
        count += 1
        self.counts[key] = count
        bucket = self.buckets.get(count)
        if bucket is None:
            bucket = self.buckets[count] = OrderedDict()
        bucket[key] = None

    def get(self, key: int) -> int:
        if key not in self.values:
            return -1
        self._touch(key)
        return self.values[key]

    def put(self, key: int, value: int) -> None:
        if key in self.values:
            self.values[key] = value
            self._touch(key)
            return
        if len(self.values) == self.capacity:
            bucket = self.buckets[self.min_count]
            victim, _ = bucket.popitem(last=False)
            if not bucket:
                del self.buckets[self.min_count]
            del self.values[victim]
            del self.counts[victim]
        self.values[key] = value
        self.counts[key] = 1
        bucket = self.buckets.get(1)
        if bucket is None:
            bucket = self.buckets[1] = OrderedDict()
        bucket[key] = None
        self.min_count = 1
