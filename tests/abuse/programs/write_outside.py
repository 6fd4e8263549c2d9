# expect: accepted
# Every write outside the private /tmp fails: the file system is read-only or absent.
import os
def solve():
    for path in ("/etc/ace-owned", "/usr/lib/ace-owned", "/ace-owned", "/root/ace-owned",
                 "/work/ace-owned", "/home/ace-owned", "/proc/ace-owned", "/dev/ace-owned"):
        try:
            with open(path, "w") as f:
                f.write("owned")
            return "wrote " + path
        except OSError:
            pass
    return "contained"
