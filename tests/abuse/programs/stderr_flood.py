# expect: output_limit
import os
def solve():
    while True:
        os.write(2, b"e" * 65536)
