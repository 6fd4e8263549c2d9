# expect: forbidden
# A fork bomb: the first fork is refused.
import os
def solve():
    while True:
        os.fork()
