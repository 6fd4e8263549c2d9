# expect: forbidden
import socket
def solve():
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    s.connect("/run/systemd/private")
    return "connected"
