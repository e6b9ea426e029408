# eval of expressions and exec of statements with explicit dicts.
print(eval('1 + 2 * 3'))
print(eval('[x * x for x in range(4)]'))
g = {'a': 5}
print(eval('a * 2', g))
exec('b = a + 1', g)
print(g['b'])
l = {}
exec('def f(x):\n    return x * 3\n', g, l)
print(sorted(l), l['f'](4))
exec('for i in range(3):\n    print("exec loop", i)')
print(eval('"abc".upper()'))
print(eval('  42  '))
