# expect: accepted
# No host variable reaches candidate code (the test sets ACE_TEST_SECRET in ace's environment).
import os
def solve():
    allowed = {"PATH", "LANG", "LC_ALL", "HOME", "TMPDIR", "LC_CTYPE"}
    extra = set(os.environ) - allowed
    with open("/proc/self/environ", "rb") as f:
        raw = f.read()
    if extra or b"SECRET" in raw:
        return "leaked " + ", ".join(sorted(extra))
    return "contained"
