def parse(lines):
    """Yield (timestamp, level, message) for each well-formed line; skip the others."""


def at_least(records, min_level):
    """Yield the records whose level is min_level or more severe."""


def rolling_counts(records, window):
    """Yield (timestamp, count) for each record: the records so far in (timestamp - window, timestamp]."""


def pipeline(lines, min_level, window):
    """rolling_counts(at_least(parse(lines), min_level), window), lazily."""
