import itertools
import random
import tracemalloc

import solution

LEVELS = ["DEBUG", "INFO", "WARN", "ERROR"]


class _Counting:
    """An iterator over items that records how many of them were pulled."""

    def __init__(self, items):
        self._it = iter(items)
        self.pulled = 0

    def __iter__(self):
        return self

    def __next__(self):
        item = next(self._it)
        self.pulled += 1
        return item


class _OneShot:
    """An iterable that may be iterated only once."""

    def __init__(self, items):
        self._items = items
        self._used = False

    def __iter__(self):
        if self._used:
            raise AssertionError("the input was iterated twice")
        self._used = True
        return iter(self._items)


def _tuples(values):
    return [tuple(v) for v in values]


def _raised(make):
    """What list(make()) raised: "ValueError" for any ValueError, else the exception's type name
    (None if nothing was raised)."""
    try:
        list(make())
    except ValueError:
        return "ValueError"
    except Exception as e:  # the type is what the test observes
        return type(e).__name__
    return None


def _is_iterator(x):
    return iter(x) is x and hasattr(x, "__next__")


def _brute_counts(stamps, window):
    """The definition, quadratic: for each i, earlier-or-same records inside (t - window, t]."""
    return [(t, sum(1 for s in stamps[: i + 1] if t - window < s <= t)) for i, t in enumerate(stamps)]


def _linear_counts(stamps, window):
    """Two pointers over a list: the expected values for the large tests."""
    out = []
    lo = 0
    for i, t in enumerate(stamps):
        while stamps[lo] <= t - window:
            lo += 1
        out.append((t, i - lo + 1))
    return out


def _digest(values):
    """What a test observes of a long list of (timestamp, count) values: its length, both ends
    and checksums (the position-weighted one changes when values are reordered)."""
    return {
        "values": len(values),
        "first values": values[:5],
        "last values": values[-5:],
        "sum of timestamps": sum(t for t, _ in values),
        "sum of counts": sum(c for _, c in values),
        "position-weighted sum of counts": sum(i * c for i, (_, c) in enumerate(values, 1)),
    }


def _random_log(rng, n, malformed_share=0.2):
    """n lines with non-decreasing timestamps, some malformed; returns (lines, records)."""
    lines, records = [], []
    t = 0
    junk = ["", "   ", "\n", "x INFO bad stamp", "-4 INFO negative", "+4 INFO plus", "12",
            "7 info lower", "7 WARNING long", "3.0 ERROR float", "1_0 ERROR underscore"]
    for _ in range(n):
        if rng.random() < malformed_share:
            lines.append(rng.choice(junk))
            continue
        t += rng.choice([0, 0, 1, 1, 2, 5])
        level = rng.choice(LEVELS)
        msg = rng.choice(["", "ok", "disk full", "retry  in 5s"])
        lines.append(f"{t} {level} {msg}\n")
        records.append((t, level, msg))
    return lines, records


# --- examples (visible) ---------------------------------------------------------------

def test_example_parse():
    lines = ["3 INFO started\n", "oops", "4 ERROR disk  full \n", "5 warn lowercase", "9 WARN"]
    got = _tuples(solution.parse(lines))
    assert got == [(3, "INFO", "started"), (4, "ERROR", "disk  full"), (9, "WARN", "")], f"got {got!r}"
    return {"records": got}


def test_example_rolling_counts():
    records = [(1, "INFO", "a"), (2, "INFO", "b"), (2, "INFO", "c"), (4, "INFO", "d"), (5, "INFO", "e")]
    got = _tuples(solution.rolling_counts(records, 3))
    assert got == [(1, 1), (2, 2), (2, 3), (4, 3), (5, 2)], f"got {got!r}"
    return {"counts": got}


def test_example_pipeline_on_an_endless_log():
    def tail():
        for t in itertools.count():
            yield f"{t} {'ERROR' if t % 3 == 0 else 'DEBUG'} tick\n"

    got = _tuples(itertools.islice(solution.pipeline(tail(), "WARN", 5), 4))
    assert got == [(0, 1), (3, 2), (6, 2), (9, 2)], f"got {got!r}"
    return {"first 4 values": got}


# --- parse -------------------------------------------------------------------------------

def test_parse_empty_input():
    got = list(solution.parse([]))
    assert got == [], f"got {got!r}"
    return {"records": got}


def test_parse_skips_malformed_lines():
    lines = [
        "",
        "\n",
        "   ",
        "42",
        "INFO 42 swapped",
        "abc INFO letters",
        "-1 INFO negative",
        "8 NOTICE unknown level",
        "8 Error mixed case",
        "8 WARNING not WARN",
        "8 DEBUG kept",
    ]
    got = _tuples(solution.parse(lines))
    assert got == [(8, "DEBUG", "kept")], f"got {got!r}"
    return {"records": got}


def test_parse_timestamp_must_be_plain_ascii_digits():
    lines = [
        "+5 INFO plus sign",
        "1_000 INFO underscore",
        "3.5 INFO decimal",
        "0x1f INFO hex",
        "\uff11\uff12 INFO full-width digits",
        "\u0663 INFO arabic-indic digit",
        "1e3 INFO exponent",
        "007 INFO leading zeros",
        "0 ERROR zero",
    ]
    got = _tuples(solution.parse(lines))
    assert got == [(7, "INFO", "leading zeros"), (0, "ERROR", "zero")], f"got {got!r}"
    return {"records": got}


def test_parse_message_whitespace():
    lines = [
        "1 INFO  a  b   c  \n",
        "2\tWARN\tx\ty\r\n",
        "  3   ERROR   padded   \n",
        "4 DEBUG\n",
        "5 INFO    \n",
    ]
    got = _tuples(solution.parse(lines))
    expected = [(1, "INFO", "a  b   c"), (2, "WARN", "x\ty"), (3, "ERROR", "padded"),
                (4, "DEBUG", ""), (5, "INFO", "")]
    assert got == expected, f"got {got!r}"
    return {"records": got}


def test_parse_timestamp_is_an_int():
    got = list(solution.parse(["123456789012345678901234567890 INFO big"]))
    assert len(got) == 1, f"got {got!r}"
    stamp = got[0][0]
    assert type(stamp) is int and stamp == 123456789012345678901234567890, f"timestamp {stamp!r}"
    return {"records": _tuples(got), "timestamp type": type(stamp).__name__}


def test_parse_all_malformed_yields_nothing():
    got = list(solution.parse(["x"] * 1000 + ["5 LOUD no"] * 1000))
    assert got == [], f"got {got!r}"
    return {"records": _tuples(got)}


# --- at_least ----------------------------------------------------------------------------

def test_at_least_each_threshold():
    records = [(1, "DEBUG", "d"), (2, "INFO", "i"), (3, "WARN", "w"), (4, "ERROR", "e"), (5, "INFO", "i2")]
    expected = {
        "DEBUG": [1, 2, 3, 4, 5],
        "INFO": [2, 3, 4, 5],
        "WARN": [3, 4],
        "ERROR": [4],
    }
    seen = {}
    for level, stamps in expected.items():
        got = _tuples(solution.at_least(records, level))
        want = [r for r in records if r[0] in stamps]
        assert got == want, f"at_least(..., {level!r}) gave {got!r}"
        seen[f"at_least(..., {level!r})"] = got
    return seen


def test_at_least_unknown_level_raises():
    records = [(1, "INFO", "x")]
    seen = {}
    for bad in ["WARNING", "info", "", "FATAL"]:
        raised = _raised(lambda: solution.at_least(records, bad))
        assert raised == "ValueError", f"{bad!r} raised {raised or 'nothing'}, expected ValueError"
        seen[f"at_least(..., {bad!r}) raised"] = raised
    return seen


def test_at_least_empty_input():
    got = list(solution.at_least([], "DEBUG"))
    assert got == [], f"got {got!r}"
    return {"records": got}


# --- rolling_counts ------------------------------------------------------------------------

def test_rolling_left_edge_is_exclusive():
    records = [(0, "INFO", ""), (10, "INFO", ""), (19, "INFO", ""), (20, "INFO", ""), (30, "INFO", "")]
    got = _tuples(solution.rolling_counts(records, 10))
    assert got == [(0, 1), (10, 1), (19, 2), (20, 2), (30, 1)], f"got {got!r}"
    return {"counts": got}


def test_rolling_equal_timestamps_count_as_they_arrive():
    records = [(5, "INFO", "")] * 4 + [(6, "INFO", "")] * 2
    got1 = _tuples(solution.rolling_counts(records, 1))
    assert got1 == [(5, 1), (5, 2), (5, 3), (5, 4), (6, 1), (6, 2)], f"window 1 gave {got1!r}"
    got2 = _tuples(solution.rolling_counts(records, 2))
    assert got2 == [(5, 1), (5, 2), (5, 3), (5, 4), (6, 5), (6, 6)], f"window 2 gave {got2!r}"
    return {"counts with window 1": got1, "counts with window 2": got2}


def test_rolling_large_gaps_reset_the_count():
    records = [(t, "WARN", "") for t in [1, 2, 3, 1000, 1001, 10**12, 10**12]]
    got = _tuples(solution.rolling_counts(records, 5))
    assert got == [(1, 1), (2, 2), (3, 3), (1000, 1), (1001, 2), (10**12, 1), (10**12, 2)], f"got {got!r}"
    return {"counts": got}


def test_rolling_single_record_and_empty():
    single = _tuples(solution.rolling_counts([(7, "ERROR", "x")], 3))
    assert single == [(7, 1)], f"one record gave {single!r}"
    empty = _tuples(solution.rolling_counts([], 3))
    assert empty == [], f"no records gave {empty!r}"
    return {"counts for one record": single, "counts for no records": empty}


def test_rolling_invalid_window_raises():
    records = [(1, "INFO", "x")]
    seen = {}
    for bad in [0, -1, -100]:
        raised = _raised(lambda: solution.rolling_counts(records, bad))
        assert raised == "ValueError", f"window {bad} raised {raised or 'nothing'}, expected ValueError"
        seen[f"window {bad} raised"] = raised
    return seen


def test_rolling_matches_the_definition_on_random_streams():
    rng = random.Random(2024)
    counts = []
    stamps_kept = True
    for _ in range(200):
        n = rng.randint(0, 40)
        t = rng.randint(0, 5)
        stamps = []
        for _ in range(n):
            t += rng.choice([0, 0, 1, 2, 3, 7])
            stamps.append(t)
        window = rng.randint(1, 12)
        got = _tuples(solution.rolling_counts([(s, "INFO", "") for s in stamps], window))
        want = _brute_counts(stamps, window)
        assert got == want, f"timestamps {stamps}, window {window}: got {got!r}, expected {want!r}"
        counts.append([c for _, c in got])
        stamps_kept = stamps_kept and [t for t, _ in got] == stamps
    return {"timestamps as given": stamps_kept, "counts per stream": counts}


# --- pipeline ------------------------------------------------------------------------------

def test_pipeline_matches_the_stages_on_random_logs():
    rng = random.Random(99)
    seen = []
    for _ in range(100):
        lines, records = _random_log(rng, rng.randint(0, 60))
        level = rng.choice(LEVELS)
        window = rng.randint(1, 10)
        kept = [r[0] for r in records if LEVELS.index(r[1]) >= LEVELS.index(level)]
        got = _tuples(solution.pipeline(iter(lines), level, window))
        want = _brute_counts(kept, window)
        assert got == want, f"level {level}, window {window}: got {got!r}, expected {want!r}"
        seen.append(got)
    return {"values per log": seen}


def test_pipeline_with_nothing_at_the_level():
    lines = ["1 DEBUG a", "2 INFO b", "junk", "3 WARN c"]
    got = _tuples(solution.pipeline(lines, "ERROR", 60))
    assert got == [], f"got {got!r}"
    return {"values": got}


def test_pipeline_unknown_level_raises():
    raised = _raised(lambda: solution.pipeline(["1 INFO a"], "CRITICAL", 5))
    assert raised == "ValueError", f"level 'CRITICAL' raised {raised or 'nothing'}, expected ValueError"
    return {"level 'CRITICAL' raised": raised}


# --- laziness ------------------------------------------------------------------------------

def test_stages_return_iterators_and_pull_nothing_up_front():
    source = _Counting(["1 INFO a", "2 INFO b"])
    results = [
        solution.parse(source),
        solution.at_least(source, "INFO"),
        solution.rolling_counts(source, 3),
        solution.pipeline(source, "INFO", 3),
    ]
    seen = {}
    for name, r in zip(["parse", "at_least", "rolling_counts", "pipeline"], results):
        assert _is_iterator(r), f"{name} returned a {type(r).__name__}, not an iterator"
        seen[f"{name} returns an iterator"] = _is_iterator(r)
    assert source.pulled == 0, f"{source.pulled} lines were pulled before any value was requested"
    seen["pulled from source"] = source.pulled
    return seen


def test_parse_pulls_only_up_to_the_next_good_line():
    source = _Counting(["bad", "", "1 INFO a", "2 INFO b", "worse", "3 WARN c", "4 INFO d"])
    records = solution.parse(source)
    first = tuple(next(records))
    assert first == (1, "INFO", "a"), f"the first record is {first!r}"
    pulled_first = source.pulled
    assert pulled_first == 3, f"{source.pulled} lines pulled to produce the first record (3 needed)"
    second = tuple(next(records))
    assert second == (2, "INFO", "b"), f"the second record is {second!r}"
    pulled_second = source.pulled
    assert pulled_second == 4, f"{source.pulled} lines pulled to produce two records (4 needed)"
    third = tuple(next(records))
    assert third == (3, "WARN", "c"), f"the third record is {third!r}"
    pulled_third = source.pulled
    assert pulled_third == 6, f"{source.pulled} lines pulled to produce three records (6 needed)"
    return {
        "first record": first,
        "pulled from source for the first record": pulled_first,
        "second record": second,
        "pulled from source for two records": pulled_second,
        "third record": third,
        "pulled from source for three records": pulled_third,
    }


def test_rolling_counts_does_not_look_ahead():
    source = _Counting([(5, "INFO", "")] * 3 + [(9, "INFO", "")] * 3)
    counts = solution.rolling_counts(source, 2)
    steps = []
    for i in range(6):
        got = tuple(next(counts))
        assert source.pulled == i + 1, f"value {i + 1} needed {i + 1} records, {source.pulled} were pulled"
        assert got == ((5, i + 1) if i < 3 else (9, i - 2)), f"value {i + 1} is {got!r}"
        steps.append({"value": got, "pulled from source": source.pulled})
    return {"after each value": steps}


def test_pipeline_pulls_only_up_to_the_first_match():
    lines = ["1 DEBUG a", "nonsense", "2 INFO b", "3 ERROR c", "4 DEBUG d", "5 ERROR e", "6 ERROR f"]
    source = _Counting(lines)
    out = solution.pipeline(source, "ERROR", 10)
    pulled_before = source.pulled
    assert pulled_before == 0, f"{source.pulled} lines were pulled before the first value was requested"
    first = tuple(next(out))
    assert first == (3, 1), f"the first value is {first!r}"
    pulled_first = source.pulled
    assert pulled_first == 4, f"{source.pulled} lines pulled to reach the first ERROR line (4 needed)"
    second = tuple(next(out))
    assert second == (5, 2), f"the second value is {second!r}"
    pulled_second = source.pulled
    assert pulled_second == 6, f"{source.pulled} lines pulled to reach the second ERROR line (6 needed)"
    return {
        "pulled from source before the first value": pulled_before,
        "first value": first,
        "pulled from source for the first value": pulled_first,
        "second value": second,
        "pulled from source for two values": pulled_second,
    }


def test_pipeline_reads_a_one_shot_input_once():
    lines = ["1 WARN a", "2 INFO b", "3 ERROR c", "x", "4 WARN d"]
    got = _tuples(solution.pipeline(_OneShot(lines), "WARN", 3))
    assert got == [(1, 1), (3, 2), (4, 2)], f"got {got!r}"
    return {"values": got}


def test_pipeline_follows_an_endless_log_far():
    def tail():
        for t in itertools.count():
            yield "garbage" if t % 7 == 0 else f"{t // 4} {LEVELS[t % 4]} m{t}"

    out = solution.pipeline(tail(), "INFO", 3)
    first = _tuples(itertools.islice(out, 100_000))
    assert len(first) == 100_000, f"only {len(first)} values"
    # Lines t with t % 4 != 0 and t % 7 != 0 pass; timestamp t // 4.
    stamps = [t // 4 for t in range(10**6) if t % 4 and t % 7][:100_000]
    assert first == _linear_counts(stamps, 3), "wrong counts on the endless log"
    return _digest(first)


# --- large inputs --------------------------------------------------------------------------

def test_large_window_holding_every_record():
    n = 100_000
    lines = [f"{i // 10} {LEVELS[i % 4]} request {i}\n" for i in range(n)]
    got = _tuples(solution.pipeline(iter(lines), "DEBUG", 10**9))
    assert len(got) == n, f"{len(got)} values for {n} lines"
    assert got == [(i // 10, i + 1) for i in range(n)], "wrong counts with a window holding every record"
    return _digest(got)


def test_large_busy_log_small_window():
    rng = random.Random(7)
    lines, records = _random_log(rng, 100_000, malformed_share=0.1)
    kept = [r[0] for r in records if r[1] in ("WARN", "ERROR")]
    got = _tuples(solution.pipeline(iter(lines), "WARN", 30))
    assert got == _linear_counts(kept, 30), "wrong counts on a large log"
    return _digest(got)


def test_memory_stays_bounded_by_the_window():
    def stream():
        for t in range(100_000):
            yield (t // 2, "INFO", "")

    counts = solution.rolling_counts(stream(), 20)
    tracemalloc.start()
    try:
        last = None
        for last in counts:
            pass
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert tuple(last) == (49_999, 40), f"the last value is {last!r}"
    assert peak < 1_000_000, (
        f"peak memory {peak // 1024} KiB for 100000 records and windows of 40: "
        "keep only the records inside the window"
    )
    # The peak itself varies a little between runs; whether it stayed under the bound does not.
    return {"last value": tuple(last), "peak memory under 1 MB": peak < 1_000_000}
