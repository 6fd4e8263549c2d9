from collections import deque


class RateLimiter:
    """A sliding window log: the timestamps of the accepted requests still in the window."""

    def __init__(self, max_requests: int, window_seconds: int):
        self.max_requests = max_requests
        self.window = window_seconds
        self.accepted = deque()

    def allow(self, timestamp: int) -> bool:
        # Timestamps never decrease, so the oldest accepted request expires first.
        cutoff = timestamp - self.window
        accepted = self.accepted
        while accepted and accepted[0] <= cutoff:
            accepted.popleft()
        if len(accepted) < self.max_requests:
            accepted.append(timestamp)
            return True
        return False
