# expect: runtime_error
# Closing every descriptor (the answer pipe among them) and carrying on ends the test at once.
import os
def solve():
    os.closerange(0, 1024)
    while True:
        pass
