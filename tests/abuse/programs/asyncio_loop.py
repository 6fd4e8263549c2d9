# expect: accepted
# asyncio works in the box: its event loop wakes itself through a local socket pair,
# which is allowed, while socket() and connect() stay forbidden (connect_unix, connect_tcp).
import asyncio
async def part(s, delay):
    await asyncio.sleep(delay)
    return s
async def main():
    return "".join(await asyncio.gather(part("cont", 0.002), part("ained", 0.001)))
def solve():
    return asyncio.run(main())
