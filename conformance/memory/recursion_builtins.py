# Drives the call stack to exhaustion through builtins: map, sorted's key and repr() calling back into Python.
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

def via_map(n):
    return list(map(via_map, [n + 1]))
run('map', lambda: via_map(0))

def via_sorted(n):
    return sorted([2, 1], key=lambda x: via_sorted(n + 1))
run('sorted key', lambda: via_sorted(0))

class R:
    def __repr__(self):
        return repr(self)
run('repr', lambda: repr(R()))
print('alive:', list(map(abs, [-1, 2, -3])), sorted([3, 1, 2], key=lambda x: -x), repr([1, 'a']))
