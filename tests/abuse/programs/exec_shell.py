# expect: forbidden
import os
def solve():
    os.execv("/bin/sh", ["sh", "-c", "id"])
