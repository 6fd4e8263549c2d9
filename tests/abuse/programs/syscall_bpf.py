# expect: forbidden
import ctypes
def solve():
    ctypes.CDLL(None).syscall(321, 0, None, 0)  # bpf
    return "bpf"
