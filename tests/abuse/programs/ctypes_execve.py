# expect: forbidden
import ctypes
def solve():
    libc = ctypes.CDLL(None)
    argv = (ctypes.c_char_p * 2)(b"/bin/sh", None)
    libc.execve(b"/bin/sh", argv, None)
    return "exec failed"
