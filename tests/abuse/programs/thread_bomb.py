# expect: runtime_error
# A thread bomb: threads run out (address space, RLIMIT_NPROC, pids cgroup) long before the machine does.
import threading, time
def solve():
    while True:
        threading.Thread(target=time.sleep, args=(60,), daemon=True).start()
