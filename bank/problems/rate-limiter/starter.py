class RateLimiter:
    def __init__(self, max_requests: int, window_seconds: int):
        pass

    def allow(self, timestamp: int) -> bool:
        pass
