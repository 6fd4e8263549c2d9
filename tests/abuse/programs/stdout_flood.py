# expect: output_limit
import sys
def solve():
    while True:
        sys.stdout.write("flood " * 1000)
