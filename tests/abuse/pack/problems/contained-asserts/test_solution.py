import solution


def test_example_contained():
    got = solution.solve()
    assert got == "contained", f"solve() returned {got!r}"
    return {"solve()": got}


def test_contained_twice():
    return {"solve()": solution.solve(), "solve() again": solution.solve()}
