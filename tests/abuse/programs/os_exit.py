# expect: runtime_error
import os
def solve():
    os._exit(0)
