# expect: forbidden
import os
def solve():
    return str(os.system("id"))
