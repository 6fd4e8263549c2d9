# expect: wrong_answer contained-asserts
# A forged "passed" answer on every descriptor (the answer pipe among them), then
# os._exit(0) before any test can fail.
import json, os, struct


def solve():
    fake = json.dumps({"ok": True, "value": None}).encode()
    for fd in range(3, 64):
        try:
            os.write(fd, struct.pack(">I", len(fake)) + fake)
        except OSError:
            pass
    os._exit(0)
