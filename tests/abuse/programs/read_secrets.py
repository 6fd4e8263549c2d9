# expect: accepted
# Secrets on the host's file system are not in the box's view.
import os, glob
def solve():
    paths = ["/etc/shadow", "/etc/passwd", "/etc/hostname", "/root/.ssh/id_rsa", "/root/.bash_history",
             os.path.expanduser("~/.local/share/ace/ace.db")]
    paths += glob.glob("/home/*/.*") + glob.glob("/work/*") + glob.glob("/tmp/ace-*") + glob.glob("/*/bank")
    for p in paths:
        try:
            with open(p, "rb") as f:
                f.read(1)
            return "read " + p
        except OSError:
            pass
    return "contained"
