# expect: time_limit
def solve():
    while True:
        pass
