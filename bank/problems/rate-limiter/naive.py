class RateLimiter:
    # Correct but O(n) per call: keep every accepted timestamp forever and count the ones
    # inside the window on each request.

    def __init__(self, max_requests: int, window_seconds: int):
        self.max_requests = max_requests
        self.window = window_seconds
        self.log = []

    def allow(self, timestamp: int) -> bool:
        recent = sum(1 for t in self.log if t > timestamp - self.window)
        if recent < self.max_requests:
            self.log.append(timestamp)
            return True
        return False
