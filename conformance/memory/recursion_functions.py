# Drives the call stack to exhaustion: plain function and method recursion without end, twice each (RuntimeError).
try:
    import micropython
except ImportError:
    print('SKIP')
    raise SystemExit

def run(name, start):
    for attempt in range(2):
        try:
            start()
            print(name, 'returned')
        except RuntimeError as e:
            print(name, 'RuntimeError:', e)

def plain(n):
    return plain(n + 1) + 1
run('plain', lambda: plain(0))

class C:
    def method(self, n):
        return self.method(n + 1)
run('method', lambda: C().method(0))

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print('alive:', fib(15), [fib(i) for i in range(10)])
