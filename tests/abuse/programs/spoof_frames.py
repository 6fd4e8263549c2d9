# expect: wrong_answer two-sum
# Writing a forged "accepted" answer to every descriptor it can find does not fool the judge.
import os, json, struct
def two_sum(nums, target):
    fake = json.dumps({"ok": True, "value": [0, 1], "status": "ok", "verdict": "accepted"}).encode()
    for fd in range(0, 64):
        try:
            os.write(fd, struct.pack(">I", len(fake)) + fake)
        except OSError:
            pass
    return [-1, -1]
