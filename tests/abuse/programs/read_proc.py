# expect: accepted
# /proc shows only the box's own processes, and not the zygote's memory or environment.
import os
def solve():
    pids = sorted(int(p) for p in os.listdir("/proc") if p.isdigit())
    # The box's own: the zygote (PID 1), this test, the next test's child, children
    # being reaped. A host has hundreds of processes, and the first is not the zygote.
    if len(pids) > 16 or 1 not in pids:
        return "sees processes %r" % pids[:10]
    with open("/proc/1/cmdline", "rb") as f:
        if b"__box" not in f.read():
            return "PID 1 is not the box"
    for path in ("/proc/1/environ", "/proc/1/mem", "/proc/1/maps"):
        try:
            with open(path, "rb") as f:
                f.read(16)
            return "read " + path
        except OSError:
            pass
    return "contained"
