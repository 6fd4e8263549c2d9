# expect: forbidden
import ctypes
def solve():
    ctypes.CDLL(None).mount(b"none", b"/tmp", b"tmpfs", 0, None)
    return "mounted"
