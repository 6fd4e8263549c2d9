# expect: forbidden
import ctypes, os
def solve():
    libc = ctypes.CDLL(None, use_errno=True)
    libc.ptrace(16, os.getppid(), None, None)  # PTRACE_ATTACH
    return "attached"
