class TimeMap:
    # Correct but O(n) per get: every value of a key in order of time, scanned backwards from
    # the newest until one is old enough.

    def __init__(self):
        self.history = {}

    def set(self, key: str, value: str, timestamp: int) -> None:
        self.history.setdefault(key, []).append((timestamp, value))

    def get(self, key: str, timestamp: int) -> str:
        for t, value in reversed(self.history.get(key, [])):
            if t <= timestamp:
                return value
        return ""
