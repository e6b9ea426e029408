# Drives the call stack to exhaustion through special methods: __eq__, __getattr__, __str__ and __getitem__ calling themselves.
try:
    import micropython
except ImportError:
    print('SKIP')
    raise SystemExit

def run(name, start):
    try:
        start()
        print(name, 'returned')
    except RuntimeError as e:
        print(name, 'RuntimeError:', e)

class E:
    def __eq__(self, other):
        return self == other
run('__eq__', lambda: E() == E())

class A:
    def __getattr__(self, name):
        return getattr(self, name)
run('__getattr__', lambda: A().missing)

class S:
    def __str__(self):
        return str(self)
run('__str__', lambda: str(S()))

class G:
    def __getitem__(self, i):
        return self[i + 1]
run('__getitem__', lambda: G()[0])
print('alive:', E is not None, str(1.5), [1, 2, 3][1])
