# expect: accepted
# Opening files until it fails: a test's child holds at most 64 descriptors (RLIMIT_NOFILE), not thousands.
import errno, os
def solve():
    fds = []
    why = "no limit"
    try:
        while len(fds) < 5000:
            fds.append(os.open("/dev/null", os.O_RDONLY))
    except OSError as e:
        why = errno.errorcode.get(e.errno, str(e.errno))
    for fd in fds:
        os.close(fd)
    if why == "EMFILE" and len(fds) < 64:
        return "contained"
    return "opened %d files (%s)" % (len(fds), why)
