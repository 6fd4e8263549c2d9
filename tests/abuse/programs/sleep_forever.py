# expect: time_limit
import time
def solve():
    time.sleep(10 ** 6)
