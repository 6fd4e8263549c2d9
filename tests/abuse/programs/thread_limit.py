# expect: accepted
# Threads with small stacks, so that address space does not stop them first: a test's child gets
# at most 64 tasks (RLIMIT_NPROC in the box's user namespace; the pids cgroup as root), not hundreds.
import threading
def solve():
    threading.stack_size(64 * 1024)
    stop = threading.Event()
    n = 0
    try:
        while n < 1000:
            threading.Thread(target=stop.wait, daemon=True).start()
            n += 1
    except RuntimeError:
        pass
    stop.set()
    return "contained" if n < 64 else "started %d threads" % n
