x = 5
g = globals()
print(g['x'], 'print' in g, '__name__' in g, g['__name__'])
g['newvar'] = 7
print(newvar)
def f():
    return sorted(globals().keys()) == sorted(g.keys())
print(f(), type(locals()).__name__)
