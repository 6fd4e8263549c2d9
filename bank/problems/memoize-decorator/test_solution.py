import solution


def _counted(body):
    """Wrap body in a plain function that records every call it receives."""
    calls = []

    def f(*args):
        calls.append(args)
        return body(*args)

    return f, calls


def test_example_caches_repeated_calls():
    calls = []

    @solution.memoize
    def square(x):
        calls.append(x)
        return x * x

    first = square(4)
    again = square(4)
    five = square(5)
    assert first == 16, f"square(4) returned {first!r}, expected 16"
    assert again == 16, f"square(4) returned {again!r} the second time, expected 16"
    assert five == 25, f"square(5) returned {five!r}, expected 25"
    assert calls == [4, 5], f"the function body ran for {calls}, expected [4, 5]"
    return {"square(4)": first, "square(4) again": again, "square(5)": five, "body ran for": calls}


def test_example_keeps_name_and_doc():
    @solution.memoize
    def square(x):
        """Return x squared."""
        return x * x

    assert square.__name__ == "square", f"__name__ is {square.__name__!r}, expected 'square'"
    assert square.__doc__ == "Return x squared.", f"__doc__ is {square.__doc__!r}"
    return {"__name__": square.__name__, "__doc__": square.__doc__, "square(3)": square(3)}


def test_example_caches_none_results():
    calls = []

    @solution.memoize
    def lookup(key):
        calls.append(key)
        return None

    first = lookup("a")
    again = lookup("a")
    assert first is None, f"lookup('a') returned {first!r}, expected None"
    assert again is None, f"lookup('a') returned {again!r} the second time, expected None"
    assert calls == ["a"], f"the function body ran for {calls}, expected ['a']: a None result must be cached"
    return {"lookup('a')": first, "lookup('a') again": again, "body ran for": calls}


def test_results_are_correct_for_many_arguments():
    @solution.memoize
    def cube(x):
        return x ** 3

    first, again = [], []
    for x in range(-50, 51):
        got = cube(x)
        assert got == x ** 3, f"cube({x}) returned {got!r}"
        first.append(got)
    for x in range(-50, 51):
        got = cube(x)
        assert got == x ** 3, f"cube({x}) returned {got!r} the second time"
        again.append(got)
    return {"cube(x) for x in -50..50": first, "cube(x) for x in -50..50 again": again}


def test_several_positional_arguments_form_one_key():
    f, calls = _counted(lambda a, b: a - b)
    g = solution.memoize(f)
    seen = {}
    seen["g(5, 3)"] = g(5, 3)
    seen["g(3, 5)"] = g(3, 5)
    seen["g(5, 4)"] = g(5, 4)
    assert seen["g(5, 3)"] == 2, f"g(5, 3) returned {seen['g(5, 3)']!r}"
    assert seen["g(3, 5)"] == -2, f"g(3, 5) returned {seen['g(3, 5)']!r}"
    assert seen["g(5, 4)"] == 1, f"g(5, 4) returned {seen['g(5, 4)']!r}: the key must include every argument"
    seen["g(5, 3) again"] = g(5, 3)
    seen["g(3, 5) again"] = g(3, 5)
    seen["g(5, 4) again"] = g(5, 4)
    assert seen["g(5, 3) again"] == 2
    assert seen["g(3, 5) again"] == -2
    assert seen["g(5, 4) again"] == 1
    assert calls == [(5, 3), (3, 5), (5, 4)], f"the function ran for {calls}"
    seen["function ran for"] = calls
    return seen


def test_function_without_arguments():
    f, calls = _counted(lambda: 42)
    g = solution.memoize(f)
    first = g()
    again = g()
    assert first == 42, f"g() returned {first!r}"
    assert again == 42, f"g() returned {again!r} the second time"
    assert calls == [()], f"the function ran {len(calls)} times, expected once"
    return {"g()": first, "g() again": again, "function ran for": calls}


def test_falsy_results_are_cached():
    results = {0: 0, 1: "", 2: False, 3: [], 4: 0.0}
    f, calls = _counted(lambda k: results[k])
    g = solution.memoize(f)
    rounds = []
    for _ in range(3):
        got = [g(k) for k in results]
        for k in results:
            assert got[k] == results[k], f"g({k}) returned {got[k]!r}"
        rounds.append(got)
    assert calls == [(k,) for k in results], f"the function ran for {calls}: falsy results must be cached too"
    return {
        "g(0)..g(4), three rounds": rounds,
        "result types": [type(v).__name__ for v in rounds[-1]],
        "function ran for": calls,
    }


def test_cached_result_is_the_same_object():
    @solution.memoize
    def make(n):
        return [n] * n

    first = make(3)
    assert first == [3, 3, 3], f"make(3) returned {first!r}"
    same = make(3) is first
    assert same, "a cached call must return the very same object"
    return {"make(3)": first, "make(3) again is the same object": same}


def test_exceptions_are_not_cached():
    attempts = []

    @solution.memoize
    def flaky(x):
        attempts.append(x)
        if len(attempts) == 1:
            raise ValueError("first call fails")
        return x + 1

    try:
        flaky(10)
    except ValueError as exc:
        assert str(exc) == "first call fails"
        raised = {"type": type(exc).__name__, "message": str(exc)}
    else:
        raise AssertionError("the exception from the wrapped function was swallowed")
    try:
        second = flaky(10)
    except ValueError:
        raise AssertionError("the exception was cached: the second call must run the function again")
    assert second == 11, f"the second call returned {second!r}, expected 11"
    third = flaky(10)
    assert third == 11, f"the third call returned {third!r}, expected 11"
    assert attempts == [10, 10], f"the function ran for {attempts}, expected [10, 10]"
    return {"first flaky(10) raised": raised, "second flaky(10)": second, "third flaky(10)": third,
            "function ran for": attempts}


def test_each_decorated_function_has_its_own_cache():
    @solution.memoize
    def double(x):
        return 2 * x

    @solution.memoize
    def triple(x):
        return 3 * x

    seen = {"double(7)": double(7), "triple(7)": triple(7)}
    assert seen["double(7)"] == 14, f"double(7) returned {seen['double(7)']!r}"
    assert seen["triple(7)"] == 21, "two decorated functions must not share a cache"
    seen["double(7) again"] = double(7)
    seen["triple(7) again"] = triple(7)
    assert seen["double(7) again"] == 14
    assert seen["triple(7) again"] == 21
    return seen


def test_decorating_the_same_function_twice_gives_two_caches():
    f, calls = _counted(lambda x: x + 100)
    first = solution.memoize(f)
    second = solution.memoize(f)
    seen = {"first(1)": first(1), "second(1)": second(1), "first(1) again": first(1), "second(1) again": second(1)}
    for key, value in seen.items():
        assert value == 101, f"{key} returned {value!r}, expected 101"
    assert calls == [(1,), (1,)], f"the function ran {len(calls)} times, expected twice (once per cache)"
    seen["function ran for"] = calls
    return seen


def test_wrapped_attribute_and_other_metadata():
    def area(width, height):
        """Area of a rectangle."""
        return width * height

    wrapped = solution.memoize(area)
    assert getattr(wrapped, "__wrapped__", None) is area, "__wrapped__ must be the original function"
    assert wrapped.__name__ == "area", f"__name__ is {wrapped.__name__!r}"
    assert wrapped.__qualname__ == area.__qualname__, f"__qualname__ is {wrapped.__qualname__!r}"
    assert wrapped.__module__ == area.__module__, f"__module__ is {wrapped.__module__!r}"
    assert wrapped.__doc__ == "Area of a rectangle.", f"__doc__ is {wrapped.__doc__!r}"
    result = wrapped(3, 4)
    assert result == 12, f"wrapped(3, 4) returned {result!r}"
    return {
        "__wrapped__ is the original function": getattr(wrapped, "__wrapped__", None) is area,
        "__name__": wrapped.__name__,
        "__qualname__": wrapped.__qualname__,
        "__module__": wrapped.__module__,
        "__doc__": wrapped.__doc__,
        "wrapped(3, 4)": result,
    }


def test_decorator_does_not_call_the_function():
    calls = []

    def f(*args):
        calls.append(args)
        return 0

    g = solution.memoize(f)
    assert calls == [], "memoize itself called the function"
    return {"calls made by memoize(f)": list(calls), "memoize(f) is callable": callable(g)}


def test_recursive_calls_go_through_the_cache():
    calls = []

    @solution.memoize
    def fib(n):
        calls.append(n)
        return n if n < 2 else fib(n - 1) + fib(n - 2)

    fib90 = fib(90)
    assert fib90 == 2880067194370816120, f"fib(90) returned {fib90!r}"
    assert sorted(calls) == list(range(91)), f"the body ran {len(calls)} times for fib(90), expected 91"
    after90 = sorted(calls)
    fib200 = fib(200)
    assert fib200 == 280571172992510140037611932413038677189525, f"fib(200) returned {fib200!r}"
    assert sorted(calls) == list(range(201)), f"the body ran {len(calls)} times in all, expected 201"
    return {"fib(90)": fib90, "body ran for (sorted), fib(90)": after90,
            "fib(200)": fib200, "body ran for (sorted), in all": sorted(calls)}


def test_arguments_of_different_types_are_different_keys():
    f, calls = _counted(lambda x: repr(x))
    g = solution.memoize(f)
    one, text, single, none, text_again = g(1), g("1"), g((1,)), g(None), g("1")
    assert one == "1", f"g(1) returned {one!r}"
    assert text == "'1'", f"g('1') returned {text!r}"
    assert single == "(1,)", f"g((1,)) returned {single!r}"
    assert none == "None", f"g(None) returned {none!r}"
    assert text_again == "'1'", f"g('1') returned {text_again!r} the second time"
    assert len(calls) == 4, f"the function ran {len(calls)} times, expected 4"
    return {"g(1)": one, "g('1')": text, "g((1,))": single, "g(None)": none, "g('1') again": text_again,
            "function ran for": calls}


def test_tuple_and_frozenset_arguments():
    f, calls = _counted(lambda pair, tags: (sum(pair), len(tags)))
    g = solution.memoize(f)
    seen = {
        "g((1, 2), frozenset({'a', 'b'}))": g((1, 2), frozenset({"a", "b"})),
        "g((1, 2), frozenset({'b', 'a'}))": g((1, 2), frozenset({"b", "a"})),
        "g((2, 1), frozenset({'a', 'b'}))": g((2, 1), frozenset({"a", "b"})),
    }
    for key, value in seen.items():
        assert value == (3, 2), f"{key} returned {value!r}"
    assert len(calls) == 2, f"the function ran {len(calls)} times, expected 2"
    seen["function ran for"] = [[list(pair), sorted(tags)] for pair, tags in calls]
    return seen


def test_many_distinct_arguments_are_fast():
    import time

    f, calls = _counted(lambda x: x * 2 + 1)
    g = solution.memoize(f)
    first = again = 0
    start = time.process_time()
    for x in range(100_000):
        y = g(x)
        assert y == 2 * x + 1, f"g({x}) returned {y!r}"
        first += y
    for x in range(100_000):
        y = g(x)
        assert y == 2 * x + 1, f"g({x}) returned {y!r} the second time"
        again += y
    elapsed = time.process_time() - start
    assert len(calls) == 100_000, f"the function ran {len(calls)} times, expected 100000"
    assert elapsed < 1.0, f"200000 calls took {elapsed:.2f} s of CPU time"
    return {"sum of g(x) for x < 100000": first, "the same sum again": again, "function ran (times)": len(calls)}


def test_cache_is_consulted_before_calling():
    # Interleaving new and repeated arguments: only new ones reach the function.
    f, calls = _counted(lambda x: x % 7)
    g = solution.memoize(f)
    sequence = [3, 10, 3, 17, 10, 3, 24, 17]
    got = [g(x) for x in sequence]
    assert got == [x % 7 for x in sequence], f"the results were {got}"
    assert calls == [(3,), (10,), (17,), (24,)], f"the function ran for {calls}"
    return {"g(x) for x in [3, 10, 3, 17, 10, 3, 24, 17]": got, "function ran for": calls}


def test_one_tuple_argument_differs_from_several_arguments():
    # g((1, 2)) takes one argument, g(1, 2) takes two: a key that unwraps a lone argument
    # (key = args[0] if len(args) == 1 else args) mixes them up.
    f, calls = _counted(lambda *args: len(args))
    g = solution.memoize(f)
    seen = {"g((1, 2))": g((1, 2)), "g(1, 2)": g(1, 2)}
    assert seen["g((1, 2))"] == 1, f"g((1, 2)) returned {seen['g((1, 2))']!r}"
    assert seen["g(1, 2)"] == 2, "g(1, 2) returned the cached result of g((1, 2)): they are different calls"
    seen["g(((1, 2),))"] = g(((1, 2),))
    seen["g((1, 2)) again"] = g((1, 2))
    seen["g(1, 2) again"] = g(1, 2)
    assert seen["g(((1, 2),))"] == 1
    assert seen["g((1, 2)) again"] == 1
    assert seen["g(1, 2) again"] == 2
    assert calls == [((1, 2),), (1, 2), (((1, 2),),)], f"the function ran for {calls}"
    seen["function ran for"] = calls
    return seen


def test_equal_arguments_share_one_entry():
    # Keys compare by equality, not identity: equal arguments built separately hit the cache.
    f, calls = _counted(lambda x: ("result", x))
    g = solution.memoize(f)
    first = g("".join(["ab", "cd"]))
    same_string = g("abc" + "d".upper().lower()) is first
    assert same_string, "an equal but separately built string missed the cache"
    pair = g(tuple([10, 20]))
    same_tuple = g(tuple(x * 10 for x in (1, 2))) is pair
    assert same_tuple, "an equal but separately built tuple missed the cache"
    one = g(1)
    same_number = g(1.0) is one
    assert same_number, "1 == 1.0 (and hash(1) == hash(1.0)), so g(1.0) must be a cache hit"
    assert len(calls) == 3, f"the function ran {len(calls)} times, expected 3: {calls}"
    return {
        "g('abcd')": first,
        "g('abcd') built again is the same object": same_string,
        "g((10, 20))": pair,
        "g((10, 20)) built again is the same object": same_tuple,
        "g(1)": one,
        "g(1.0) is g(1)": same_number,
        "function ran for": calls,
    }


def test_failed_call_leaves_the_cache_intact():
    calls = []
    error = KeyError("missing")

    @solution.memoize
    def parse(text):
        calls.append(text)
        if text == "bad":
            raise error
        return int(text)

    one, two = parse("1"), parse("2")
    assert one == 1, f"parse('1') returned {one!r}"
    assert two == 2, f"parse('2') returned {two!r}"
    seen = {"parse('1')": one, "parse('2')": two}
    try:
        parse("bad")
    except KeyError as exc:
        assert exc is error, "the wrapper must re-raise the function's own exception object"
        seen["parse('bad') raised"] = type(exc).__name__
        seen["it is the function's own exception"] = exc is error
    else:
        raise AssertionError("the exception from the wrapped function was swallowed")
    seen["parse('1') again"] = parse("1")
    seen["parse('2') again"] = parse("2")
    assert seen["parse('1') again"] == 1
    assert seen["parse('2') again"] == 2
    assert calls == ["1", "2", "bad"], f"the function ran for {calls}: a failure must not clear earlier results"
    seen["function ran for, after one failure"] = list(calls)
    try:
        parse("bad")
    except KeyError as exc:
        seen["parse('bad') again raised"] = type(exc).__name__
    else:
        raise AssertionError("the second failing call returned instead of raising")
    assert calls == ["1", "2", "bad", "bad"], f"the function ran for {calls}, expected the failing call twice"
    seen["function ran for, in all"] = calls
    return seen


def test_works_on_methods():
    # A decorated method still binds self, and self is part of the key: each instance has
    # its own entries.
    calls = []

    class Rect:
        def __init__(self, width, height):
            self.width = width
            self.height = height

        @solution.memoize
        def area(self):
            """Width times height."""
            calls.append(self)
            return self.width * self.height

        @solution.memoize
        def scaled(self, k):
            calls.append((self, k))
            return self.width * self.height * k

    small, big = Rect(2, 3), Rect(10, 20)
    seen = {"small.area()": small.area(), "big.area()": big.area()}
    assert seen["small.area()"] == 6, f"small.area() returned {seen['small.area()']!r}"
    assert seen["big.area()"] == 200, "two instances shared one cache entry: self must be part of the key"
    seen["small.area() again"] = small.area()
    seen["big.area() again"] = big.area()
    seen["small.scaled(2)"] = small.scaled(2)
    seen["small.scaled(2) again"] = small.scaled(2)
    seen["big.scaled(2)"] = big.scaled(2)
    assert seen["small.area() again"] == 6
    assert seen["big.area() again"] == 200
    assert seen["small.scaled(2)"] == 12
    assert seen["small.scaled(2) again"] == 12
    assert seen["big.scaled(2)"] == 400
    assert calls == [small, big, (small, 2), (big, 2)], f"the methods ran {len(calls)} times, expected 4"
    assert Rect.area.__name__ == "area" and Rect.area.__doc__ == "Width times height."

    def label(obj):
        return "small" if obj is small else "big" if obj is big else type(obj).__name__

    seen["methods ran for"] = [[label(c[0]), c[1]] if isinstance(c, tuple) else label(c) for c in calls]
    seen["Rect.area.__name__"] = Rect.area.__name__
    seen["Rect.area.__doc__"] = Rect.area.__doc__
    return seen


def test_mutually_recursive_functions():
    # Two decorated functions that call each other: each keeps its own cache, and the
    # re-entrant calls made while a body is still running are cached too.
    calls = []

    @solution.memoize
    def is_even(n):
        calls.append(("even", n))
        return True if n == 0 else is_odd(n - 1)

    @solution.memoize
    def is_odd(n):
        calls.append(("odd", n))
        return False if n == 0 else is_even(n - 1)

    seen = {"is_even(200)": is_even(200)}
    assert seen["is_even(200)"] is True, f"is_even(200) returned {seen['is_even(200)']!r}"
    assert len(calls) == 201, f"the bodies ran {len(calls)} times for is_even(200), expected 201"
    seen["bodies run for is_even(200)"] = len(calls)
    seen["is_odd(199)"] = is_odd(199)
    seen["is_even(8)"] = is_even(8)
    seen["is_odd(7)"] = is_odd(7)
    assert seen["is_odd(199)"] is True
    assert seen["is_even(8)"] is True
    assert seen["is_odd(7)"] is True
    assert len(calls) == 201, "is_odd(199), is_even(8) and is_odd(7) were computed during is_even(200) and must come from the caches"
    seen["bodies run after is_odd(199), is_even(8), is_odd(7)"] = len(calls)
    seen["is_odd(201)"] = is_odd(201)
    assert seen["is_odd(201)"] is True
    assert len(calls) == 202, f"is_odd(201) should run one new body (is_even(200) is cached), it ran {len(calls) - 201}"
    seen["bodies run in all"] = len(calls)
    seen["last body run"] = calls[-1]
    return seen
