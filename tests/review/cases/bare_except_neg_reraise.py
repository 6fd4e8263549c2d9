# expect: none
def careful(lock, work):
    lock.acquire()
    try:
        return work()
    except:
        lock.release()
        raise
