# expect: forbidden
import subprocess
def solve():
    return subprocess.run(["id"], capture_output=True).stdout.decode()
