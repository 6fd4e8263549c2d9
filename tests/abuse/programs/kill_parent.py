# expect: forbidden
import os, signal
def solve():
    os.kill(os.getppid(), signal.SIGKILL)
    return "killed"
