# expect: runtime_error
# A string that is not valid Unicode cannot be sent back; the judge says so instead of failing.
def solve():
    return "ok\ud800"
