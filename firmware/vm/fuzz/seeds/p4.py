# try/finally with break/continue/return
def f1():
    for i in range(3):
        try:
            if i == 1: continue
            if i == 2: break
            print('body', i)
        finally:
            print('fin', i)
    return 'done'
print(f1())
def f2():
    try:
        return 1
    finally:
        print('f2 fin')
print(f2())
def f3():
    try:
        try:
            return 'inner'
        finally:
            print('in fin')
    finally:
        print('out fin')
print(f3())
def f4():
    for i in range(3):
        try:
            try:
                if i == 0: continue
                return i
            finally:
                print('a', i)
        finally:
            print('b', i)
print(f4())
def f5():
    try:
        return 'try'
    finally:
        return 'finally'
print(f5())
def f6():
    while True:
        try:
            raise ValueError
        except ValueError:
            print('caught')
            break
        finally:
            print('f6 fin')
    return 6
print(f6())
def f7():
    for i in range(5):
        try:
            pass
        finally:
            if i == 3:
                break
    return i
print(f7())
def f8():
    try:
        raise KeyError('k')
    finally:
        print('cleanup')
try:
    f8()
except KeyError as e:
    print('got', repr(e))
def f9():
    for x in range(2):
        with open_ctx(x) as v:
            if x == 0: continue
            return v
class open_ctx:
    def __init__(self, x): self.x = x
    def __enter__(self): print('enter', self.x); return self.x * 10
    def __exit__(self, *a): print('exit', self.x, a[0]); return False
print(f9())
def g():
    try:
        yield 1
        yield 2
    finally:
        print('gen fin')
for v in g():
    print(v)
    break
print('after')
x = g(); next(x); x.close()
