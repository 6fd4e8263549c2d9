# expect: runtime_error
# Anonymous mmap beyond the address-space limit fails (OSError: Cannot allocate memory).
import mmap
def solve():
    m = mmap.mmap(-1, 16 * 1024 ** 3)
    return "contained" if m else "?"
