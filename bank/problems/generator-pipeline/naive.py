from collections import deque

LEVELS = {"DEBUG": 0, "INFO": 1, "WARN": 2, "ERROR": 3}


def parse(lines):
    """Yield (timestamp, level, message) for each well-formed line; skip the rest."""
    for line in lines:
        parts = line.split(maxsplit=2)
        if len(parts) < 2:
            continue
        stamp, level = parts[0], parts[1]
        if not (stamp.isascii() and stamp.isdigit()) or level not in LEVELS:
            continue
        message = parts[2].strip() if len(parts) == 3 else ""
        yield (int(stamp), level, message)


def at_least(records, min_level):
    """Yield the records whose level is min_level or more severe."""
    if min_level not in LEVELS:
        raise ValueError(f"unknown level {min_level!r}")
    floor = LEVELS[min_level]
    return (record for record in records if LEVELS[record[1]] >= floor)


def rolling_counts(records, window):
    """Yield (timestamp, count) per record: records so far in (timestamp - window, timestamp]."""
    if window < 1:
        raise ValueError(f"window must be at least 1, got {window}")
    return _rolling(records, window)


def _rolling(records, window):
    # Correct and lazy, but recounts the whole window for every record: O(n * k).
    recent = deque()
    for record in records:
        stamp = record[0]
        recent.append(stamp)
        while recent[0] <= stamp - window:
            recent.popleft()
        yield (stamp, sum(1 for x in recent if stamp - window < x <= stamp))


def pipeline(lines, min_level, window):
    """parse -> at_least -> rolling_counts, all lazy."""
    return rolling_counts(at_least(parse(lines), min_level), window)
