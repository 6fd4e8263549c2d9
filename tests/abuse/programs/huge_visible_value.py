# expect: wrong_answer
# 3 MB returned on a visible test: compared whole, but only its start is kept in the
# stored result, so that submissions like this cannot fill the database.
def solve():
    return "x" * 3_000_000
