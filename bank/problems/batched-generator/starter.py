def batched(iterable, n):
    """Yield lists of n consecutive items from iterable; the last list may be shorter."""
