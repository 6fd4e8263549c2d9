# expect: accepted
# A thread still spinning after the answer is killed with the test's process.
import threading
def solve():
    def spin():
        while True:
            pass
    threading.Thread(target=spin, daemon=True).start()
    return "contained"
