# expect: forbidden
import ctypes
def solve():
    ctypes.CDLL(None).unshare(0x10000000)  # CLONE_NEWUSER
    return "unshared"
