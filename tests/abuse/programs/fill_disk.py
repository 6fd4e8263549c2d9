# expect: runtime_error
# /tmp is a small private tmpfs and files are size-limited: writing fails (OSError).
def solve():
    with open("/tmp/fill", "wb") as f:
        while True:
            f.write(b"\0" * (1 << 20))
