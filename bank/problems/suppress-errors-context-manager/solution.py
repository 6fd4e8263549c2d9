class suppress:
    """Swallow the listed exception types (and subclasses) raised inside a with block."""

    def __init__(self, *exception_types):
        self.types = exception_types
        self.exception = None

    def __enter__(self):
        self.exception = None
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        if exc_type is not None and issubclass(exc_type, self.types):
            self.exception = exc_value
            return True        # swallow it
        return False           # no exception, or one we do not handle: let it propagate
