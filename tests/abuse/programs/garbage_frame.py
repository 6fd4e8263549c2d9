# expect: runtime_error
# A well-framed answer that is not JSON, written to every descriptor, is a runtime error, never a crash of ace.
import os, struct
def solve():
    junk = b"{\"ok\": true, \"value\": \xff\xfe"
    for fd in range(0, 64):
        try:
            os.write(fd, struct.pack(">I", len(junk)) + junk)
        except OSError:
            pass
    return 1
