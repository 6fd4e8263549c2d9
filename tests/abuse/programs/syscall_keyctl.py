# expect: forbidden
import ctypes
def solve():
    ctypes.CDLL(None).syscall(250, 0, 0)  # keyctl
    return "keyctl"
