# expect: forbidden
# Calling libc directly through ctypes meets the same seccomp filter.
import ctypes
def solve():
    return str(ctypes.CDLL(None).system(b"id"))
