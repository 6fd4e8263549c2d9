from bisect import bisect_right


class TimeMap:
    """For every key, its timestamps and values in two parallel lists.

    set() calls come with strictly increasing timestamps, so appending keeps each key's
    timestamps sorted and get() can binary-search them.
    """

    def __init__(self):
        self.times = {}
        self.values = {}

    def set(self, key: str, value: str, timestamp: int) -> None:
        times = self.times.get(key)
        if times is None:
            self.times[key] = [timestamp]
            self.values[key] = [value]
        else:
            times.append(timestamp)
            self.values[key].append(value)

    def get(self, key: str, timestamp: int) -> str:
        times = self.times.get(key)
        if times is None:
            return ""
        i = bisect_right(times, timestamp)     # the first timestamp later than `timestamp`
        return self.values[key][i - 1] if i else ""
