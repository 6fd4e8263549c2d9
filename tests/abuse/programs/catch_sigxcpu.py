# expect: time_limit
import signal
def solve():
    signal.signal(signal.SIGXCPU, lambda *a: None)
    x = 0
    while True:
        x += 1
