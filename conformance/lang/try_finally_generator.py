# finally in generators runs on exhaustion and on close().
def gen():
    try:
        yield 1
        yield 2
    finally:
        print('gen cleanup')
print(list(gen()))
g = gen()
print(next(g))
g.close()
print('closed')
def gen2():
    for i in range(3):
        try:
            yield i
        finally:
            print('step', i)
for v in gen2():
    print('got', v)
