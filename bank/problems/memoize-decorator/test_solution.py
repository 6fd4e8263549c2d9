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

    assert square(4) == 16
    assert square(4) == 16
    assert square(5) == 25
    assert calls == [4, 5], f"the function body ran for {calls}, expected [4, 5]"


def test_example_keeps_name_and_doc():
    @solution.memoize
    def square(x):
        """Return x squared."""
        return x * x

    assert square.__name__ == "square", f"__name__ is {square.__name__!r}, expected 'square'"
    assert square.__doc__ == "Return x squared.", f"__doc__ is {square.__doc__!r}"


def test_example_caches_none_results():
    calls = []

    @solution.memoize
    def lookup(key):
        calls.append(key)
        return None

    assert lookup("a") is None
    assert lookup("a") is None
    assert calls == ["a"], f"the function body ran for {calls}, expected ['a']: a None result must be cached"


def test_results_are_correct_for_many_arguments():
    @solution.memoize
    def cube(x):
        return x ** 3

    for x in range(-50, 51):
        assert cube(x) == x ** 3, f"cube({x}) returned {cube(x)!r}"
    for x in range(-50, 51):
        assert cube(x) == x ** 3, f"cube({x}) returned {cube(x)!r} the second time"


def test_several_positional_arguments_form_one_key():
    f, calls = _counted(lambda a, b: a - b)
    g = solution.memoize(f)
    assert g(5, 3) == 2
    assert g(3, 5) == -2
    assert g(5, 4) == 1, f"g(5, 4) returned {g(5, 4)!r}: the key must include every argument"
    assert g(5, 3) == 2
    assert g(3, 5) == -2
    assert g(5, 4) == 1
    assert calls == [(5, 3), (3, 5), (5, 4)], f"the function ran for {calls}"


def test_function_without_arguments():
    f, calls = _counted(lambda: 42)
    g = solution.memoize(f)
    assert g() == 42
    assert g() == 42
    assert calls == [()], f"the function ran {len(calls)} times, expected once"


def test_falsy_results_are_cached():
    results = {0: 0, 1: "", 2: False, 3: [], 4: 0.0}
    f, calls = _counted(lambda k: results[k])
    g = solution.memoize(f)
    for _ in range(3):
        for k in results:
            assert g(k) == results[k]
    assert calls == [(k,) for k in results], f"the function ran for {calls}: falsy results must be cached too"


def test_cached_result_is_the_same_object():
    @solution.memoize
    def make(n):
        return [n] * n

    first = make(3)
    assert first == [3, 3, 3]
    assert make(3) is first, "a cached call must return the very same object"


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
    else:
        raise AssertionError("the exception from the wrapped function was swallowed")
    try:
        second = flaky(10)
    except ValueError:
        raise AssertionError("the exception was cached: the second call must run the function again")
    assert second == 11, f"the second call returned {second!r}, expected 11"
    assert flaky(10) == 11
    assert attempts == [10, 10], f"the function ran for {attempts}, expected [10, 10]"


def test_each_decorated_function_has_its_own_cache():
    @solution.memoize
    def double(x):
        return 2 * x

    @solution.memoize
    def triple(x):
        return 3 * x

    assert double(7) == 14
    assert triple(7) == 21, "two decorated functions must not share a cache"
    assert double(7) == 14
    assert triple(7) == 21


def test_decorating_the_same_function_twice_gives_two_caches():
    f, calls = _counted(lambda x: x + 100)
    first = solution.memoize(f)
    second = solution.memoize(f)
    assert first(1) == 101
    assert second(1) == 101
    assert first(1) == 101
    assert second(1) == 101
    assert calls == [(1,), (1,)], f"the function ran {len(calls)} times, expected twice (once per cache)"


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
    assert wrapped(3, 4) == 12


def test_decorator_does_not_call_the_function():
    calls = []

    def f(*args):
        calls.append(args)
        return 0

    solution.memoize(f)
    assert calls == [], "memoize itself called the function"


def test_recursive_calls_go_through_the_cache():
    calls = []

    @solution.memoize
    def fib(n):
        calls.append(n)
        return n if n < 2 else fib(n - 1) + fib(n - 2)

    assert fib(90) == 2880067194370816120
    assert sorted(calls) == list(range(91)), f"the body ran {len(calls)} times for fib(90), expected 91"
    assert fib(200) == 280571172992510140037611932413038677189525
    assert sorted(calls) == list(range(201)), f"the body ran {len(calls)} times in all, expected 201"


def test_arguments_of_different_types_are_different_keys():
    f, calls = _counted(lambda x: repr(x))
    g = solution.memoize(f)
    assert g(1) == "1"
    assert g("1") == "'1'"
    assert g((1,)) == "(1,)"
    assert g(None) == "None"
    assert g("1") == "'1'"
    assert len(calls) == 4, f"the function ran {len(calls)} times, expected 4"


def test_tuple_and_frozenset_arguments():
    f, calls = _counted(lambda pair, tags: (sum(pair), len(tags)))
    g = solution.memoize(f)
    assert g((1, 2), frozenset({"a", "b"})) == (3, 2)
    assert g((1, 2), frozenset({"b", "a"})) == (3, 2)
    assert g((2, 1), frozenset({"a", "b"})) == (3, 2)
    assert len(calls) == 2, f"the function ran {len(calls)} times, expected 2"


def test_many_distinct_arguments_are_fast():
    import time

    f, calls = _counted(lambda x: x * 2 + 1)
    g = solution.memoize(f)
    start = time.process_time()
    for x in range(100_000):
        assert g(x) == 2 * x + 1
    for x in range(100_000):
        assert g(x) == 2 * x + 1
    elapsed = time.process_time() - start
    assert len(calls) == 100_000, f"the function ran {len(calls)} times, expected 100000"
    assert elapsed < 1.0, f"200000 calls took {elapsed:.2f} s of CPU time"


def test_cache_is_consulted_before_calling():
    # Interleaving new and repeated arguments: only new ones reach the function.
    f, calls = _counted(lambda x: x % 7)
    g = solution.memoize(f)
    sequence = [3, 10, 3, 17, 10, 3, 24, 17]
    assert [g(x) for x in sequence] == [x % 7 for x in sequence]
    assert calls == [(3,), (10,), (17,), (24,)], f"the function ran for {calls}"


def test_one_tuple_argument_differs_from_several_arguments():
    # g((1, 2)) takes one argument, g(1, 2) takes two: a key that unwraps a lone argument
    # (key = args[0] if len(args) == 1 else args) mixes them up.
    f, calls = _counted(lambda *args: len(args))
    g = solution.memoize(f)
    assert g((1, 2)) == 1
    assert g(1, 2) == 2, "g(1, 2) returned the cached result of g((1, 2)): they are different calls"
    assert g(((1, 2),)) == 1
    assert g((1, 2)) == 1
    assert g(1, 2) == 2
    assert calls == [((1, 2),), (1, 2), (((1, 2),),)], f"the function ran for {calls}"


def test_equal_arguments_share_one_entry():
    # Keys compare by equality, not identity: equal arguments built separately hit the cache.
    f, calls = _counted(lambda x: ("result", x))
    g = solution.memoize(f)
    first = g("".join(["ab", "cd"]))
    assert g("abc" + "d".upper().lower()) is first, "an equal but separately built string missed the cache"
    pair = g(tuple([10, 20]))
    assert g(tuple(x * 10 for x in (1, 2))) is pair, "an equal but separately built tuple missed the cache"
    one = g(1)
    assert g(1.0) is one, "1 == 1.0 (and hash(1) == hash(1.0)), so g(1.0) must be a cache hit"
    assert len(calls) == 3, f"the function ran {len(calls)} times, expected 3: {calls}"


def test_failed_call_leaves_the_cache_intact():
    calls = []
    error = KeyError("missing")

    @solution.memoize
    def parse(text):
        calls.append(text)
        if text == "bad":
            raise error
        return int(text)

    assert parse("1") == 1
    assert parse("2") == 2
    try:
        parse("bad")
    except KeyError as exc:
        assert exc is error, "the wrapper must re-raise the function's own exception object"
    else:
        raise AssertionError("the exception from the wrapped function was swallowed")
    assert parse("1") == 1
    assert parse("2") == 2
    assert calls == ["1", "2", "bad"], f"the function ran for {calls}: a failure must not clear earlier results"
    try:
        parse("bad")
    except KeyError:
        pass
    else:
        raise AssertionError("the second failing call returned instead of raising")
    assert calls == ["1", "2", "bad", "bad"], f"the function ran for {calls}, expected the failing call twice"


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
    assert small.area() == 6
    assert big.area() == 200, "two instances shared one cache entry: self must be part of the key"
    assert small.area() == 6
    assert big.area() == 200
    assert small.scaled(2) == 12
    assert small.scaled(2) == 12
    assert big.scaled(2) == 400
    assert calls == [small, big, (small, 2), (big, 2)], f"the methods ran {len(calls)} times, expected 4"
    assert Rect.area.__name__ == "area" and Rect.area.__doc__ == "Width times height."


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

    assert is_even(200) is True
    assert len(calls) == 201, f"the bodies ran {len(calls)} times for is_even(200), expected 201"
    assert is_odd(199) is True
    assert is_even(8) is True
    assert is_odd(7) is True
    assert len(calls) == 201, "is_odd(199), is_even(8) and is_odd(7) were computed during is_even(200) and must come from the caches"
    assert is_odd(201) is True
    assert len(calls) == 202, f"is_odd(201) should run one new body (is_even(200) is cached), it ran {len(calls) - 201}"
