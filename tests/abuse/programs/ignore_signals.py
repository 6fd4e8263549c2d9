# expect: time_limit
# Ignoring or catching every catchable signal does not help: the judge uses SIGKILL.
import signal
def solve():
    for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGXCPU, signal.SIGHUP, signal.SIGALRM):
        signal.signal(sig, signal.SIG_IGN)
    while True:
        pass
