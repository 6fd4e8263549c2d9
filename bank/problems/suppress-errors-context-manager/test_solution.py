import solution


class _AppError(Exception):
    pass


class _DatabaseError(_AppError):
    pass


def _propagates(exc, *types):
    """Run a with block that raises exc; return the exception that came out, or None."""
    try:
        with solution.suppress(*types):
            raise exc
    except BaseException as caught:
        return caught
    return None


def _seen(exc):
    """What a test observes of an exception: None, or its type name and message."""
    if exc is None:
        return None
    return {"type": type(exc).__name__, "message": str(exc)}


def test_example_swallows_a_listed_exception():
    steps = []
    with solution.suppress(KeyError) as s:
        steps.append("before")
        {}["missing"]
        steps.append("never")
    steps.append("after")
    assert steps == ["before", "after"], f"steps were {steps}"
    assert isinstance(s.exception, KeyError), f"s.exception is {s.exception!r}"
    return {"steps": steps, "s.exception": _seen(s.exception)}


def test_example_subclasses_and_several_types():
    with solution.suppress(LookupError) as s:
        [][0]
    assert isinstance(s.exception, IndexError), f"s.exception is {s.exception!r}"
    first = _seen(s.exception)
    with solution.suppress(ZeroDivisionError, ValueError) as s:
        int("abc")
    assert isinstance(s.exception, ValueError), f"s.exception is {s.exception!r}"
    return {"suppress(LookupError) caught": first, "suppress(ZeroDivisionError, ValueError) caught": _seen(s.exception)}


def test_example_other_exceptions_propagate():
    exc = ZeroDivisionError("boom")
    out = _propagates(exc, KeyError)
    assert out is exc, f"expected the same ZeroDivisionError to propagate, got {out!r}"
    return {"came out of suppress(KeyError)": _seen(out), "it is the raised object": out is exc}


def test_is_a_class():
    is_class = isinstance(solution.suppress, type)
    assert is_class, "suppress must be a class"
    return {"suppress is a class": is_class}


def test_enter_returns_the_object_itself():
    manager = solution.suppress(KeyError)
    with manager as bound:
        pass
    assert bound is manager, f"`as` bound {bound!r}, not the suppress object"
    return {"`as` bound the suppress object": bound is manager, "type bound by `as`": type(bound).__name__}


def test_exception_is_none_before_use():
    manager = solution.suppress(ValueError)
    assert manager.exception is None, f"exception is {manager.exception!r} before any with block"
    return {"exception before any with block": _seen(manager.exception)}


def test_no_exception_leaves_exception_none():
    with solution.suppress(ValueError) as s:
        x = 1 + 1
    assert x == 2
    assert s.exception is None, f"exception is {s.exception!r} after a block that raised nothing"
    return {"x after the block": x, "exception after a block that raised nothing": _seen(s.exception)}


def test_records_the_very_same_exception_object():
    err = KeyError("k")
    with solution.suppress(KeyError) as s:
        raise err
    assert s.exception is err, "exception must be the exception object that was raised"
    return {"exception": _seen(s.exception), "it is the raised object": s.exception is err}


def test_custom_exception_hierarchy():
    err = _DatabaseError("connection lost")
    with solution.suppress(_AppError) as s:
        raise err
    assert s.exception is err
    out = _propagates(_AppError("base"), _DatabaseError)
    assert out is not None, (
        "a base class must not be swallowed when only its subclass is listed"
    )
    return {
        "suppress(_AppError) caught": _seen(s.exception),
        "it is the raised object": s.exception is err,
        "came out of suppress(_DatabaseError)": _seen(out),
    }


def test_no_types_suppresses_nothing():
    exc = ValueError("x")
    out = _propagates(exc)
    assert out is exc, "suppress() with no types must let every exception through"
    return {"came out of suppress()": _seen(out), "it is the raised object": out is exc}


def test_propagated_exception_keeps_its_message():
    out = _propagates(TypeError("bad type"), ValueError, KeyError)
    assert isinstance(out, TypeError) and str(out) == "bad type", f"got {out!r}"
    return {"came out of suppress(ValueError, KeyError)": _seen(out)}


def test_propagated_exception_leaves_exception_none():
    manager = solution.suppress(KeyError)
    try:
        with manager:
            raise RuntimeError("not ours")
    except RuntimeError as exc:
        out = exc
    else:
        raise AssertionError("RuntimeError was swallowed")
    assert manager.exception is None, f"exception is {manager.exception!r} after an exception propagated"
    return {"came out of suppress(KeyError)": _seen(out), "exception after it propagated": _seen(manager.exception)}


def test_reuse_resets_between_blocks():
    manager = solution.suppress(ValueError)
    seen = {}
    with manager:
        raise ValueError("first")
    assert str(manager.exception) == "first"
    seen["after a block that raised ValueError('first')"] = _seen(manager.exception)
    with manager:
        pass
    assert manager.exception is None, "a block that raised nothing must reset exception to None"
    seen["after a block that raised nothing"] = _seen(manager.exception)
    with manager:
        raise ValueError("third")
    assert str(manager.exception) == "third"
    seen["after a block that raised ValueError('third')"] = _seen(manager.exception)
    return seen


def test_keyboard_interrupt_is_not_swallowed_by_exception():
    exc = KeyboardInterrupt()
    out = _propagates(exc, Exception)
    assert out is exc, "KeyboardInterrupt is not an Exception subclass and must propagate"
    return {"came out of suppress(Exception)": _seen(out), "it is the raised object": out is exc}


def test_base_exception_types_can_be_listed():
    with solution.suppress(SystemExit) as s:
        raise SystemExit(3)
    assert isinstance(s.exception, SystemExit) and s.exception.code == 3
    return {"suppress(SystemExit) caught": _seen(s.exception), "its code": s.exception.code}


def test_exception_from_a_nested_call():
    def deep(n):
        if n == 0:
            raise IndexError("bottom")
        deep(n - 1)

    with solution.suppress(IndexError) as s:
        deep(50)
    assert isinstance(s.exception, IndexError) and str(s.exception) == "bottom"
    return {"suppress(IndexError) caught": _seen(s.exception)}


def test_code_after_the_with_block_runs():
    results, caught = [], []
    for i in range(5):
        with solution.suppress(ZeroDivisionError) as s:
            results.append(10 // (i - 2))
        caught.append(_seen(s.exception))
    assert results == [-5, -10, 10, 5], f"results were {results}"
    return {"results": results, "caught in each round": caught}


def test_nested_managers():
    with solution.suppress(KeyError) as outer:
        with solution.suppress(ValueError) as inner:
            raise KeyError("through the inner one")
    assert inner.exception is None, "the inner manager does not handle KeyError"
    assert isinstance(outer.exception, KeyError), f"outer.exception is {outer.exception!r}"
    return {"inner (ValueError) exception": _seen(inner.exception), "outer (KeyError) exception": _seen(outer.exception)}


def test_exception_raised_inside_a_loop_stops_the_block():
    seen = []
    with solution.suppress(StopIteration) as s:
        it = iter([1, 2])
        while True:
            seen.append(next(it))
    assert seen == [1, 2], f"seen is {seen}"
    return {"seen": seen, "suppress(StopIteration) caught": _seen(s.exception)}


def test_separate_objects_do_not_share_state():
    a = solution.suppress(ValueError)
    b = solution.suppress(ValueError)
    with a:
        raise ValueError("a")
    with b:
        pass
    assert str(a.exception) == "a" and b.exception is None
    return {"a.exception": _seen(a.exception), "b.exception": _seen(b.exception)}


def test_many_blocks_are_fast():
    import time

    manager = solution.suppress(KeyError, IndexError, ValueError)
    caught = 0
    start = time.process_time()
    for i in range(100_000):
        with manager:
            if i % 2:
                raise IndexError(i)
        caught += manager.exception is not None
    elapsed = time.process_time() - start
    assert elapsed < 0.8, f"100000 with blocks took {elapsed:.2f} s of CPU time"
    return {"blocks that caught an exception": caught, "exception after the last block": _seen(manager.exception)}
