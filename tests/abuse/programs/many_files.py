# expect: runtime_error
# Inodes in the private /tmp are limited too.
def solve():
    i = 0
    while True:
        open("/tmp/f%d" % i, "w").close()
        i += 1
