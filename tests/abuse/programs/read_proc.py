# expect: accepted
# /proc shows only the box's own processes, and not the zygote's memory or environment.
import os
def solve():
    pids = sorted(int(p) for p in os.listdir("/proc") if p.isdigit())
    if len(pids) > 3 or 1 not in pids:
        return "sees processes %r" % pids[:10]
    for path in ("/proc/1/environ", "/proc/1/mem", "/proc/1/maps"):
        try:
            with open(path, "rb") as f:
                f.read(16)
            return "read " + path
        except OSError:
            pass
    return "contained"
