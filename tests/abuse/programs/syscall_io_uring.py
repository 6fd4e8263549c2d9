# expect: forbidden
import ctypes
def solve():
    params = ctypes.create_string_buffer(120)
    ctypes.CDLL(None).syscall(425, 8, params)  # io_uring_setup
    return "io_uring"
