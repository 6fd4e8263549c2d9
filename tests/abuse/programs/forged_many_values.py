# expect: output_limit
# A well-formed answer with 15 million items, written straight to the answer pipe: ace
# counts the values before it parses, and its memory stays bounded.
import os, struct


def solve():
    body = b'{"ok": true, "value": [' + b"0," * 15_000_000 + b'0]}'
    frame = struct.pack(">I", len(body)) + body
    for fd in range(3, 64):  # the answer pipe is the one that takes it
        data = memoryview(frame)
        try:
            while data:
                data = data[os.write(fd, data):]
        except OSError:
            pass
    os._exit(0)
