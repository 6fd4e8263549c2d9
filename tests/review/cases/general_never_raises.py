# expect: none
class A:
    x: int
    def m(self): return super().m()

async def f():
    async with g() as (a, b):
        yield a
    return

lambda: (yield)
print(*[], **{})
del x[0], y
