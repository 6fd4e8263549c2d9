# expect: wrong_answer contained-asserts
# A test_solution.py case runs in the candidate's process. Replacing the harness's test
# runner so that no test can fail does not pass it: what the test observed is compared
# with the reference's observation outside the process.
import __main__
__main__.child_main = lambda req, fn: None


def solve():
    return "escaped"
