# expect: forbidden
import os, signal
def solve():
    os.kill(-1, signal.SIGKILL)
    return "killed"
