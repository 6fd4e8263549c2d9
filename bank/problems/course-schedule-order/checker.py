def check(args, expected, got):
    """expected is the reference's order ([] when none exists); any valid order is accepted.
    The reasons returned are shown for hidden tests too, so they name no test data."""
    num_courses, prerequisites = args
    if not isinstance(got, list) or not all(isinstance(x, int) and not isinstance(x, bool) for x in got):
        return "expected a list of course numbers"
    if expected == []:
        return True if got == [] else "no valid order exists here, so the answer is []"
    if not got:
        return "a valid order exists, but an empty list was returned"
    if len(got) != num_courses:
        return "the order must list every course exactly once"
    position = [-1] * num_courses
    for i, course in enumerate(got):
        if not 0 <= course < num_courses:
            return "the order contains a course number that does not exist"
        if position[course] != -1:
            return "the order lists some course twice"
        position[course] = i
    for a, b in prerequisites:
        if position[b] > position[a]:
            return "a course comes before one of its prerequisites"
    return True
