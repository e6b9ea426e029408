# array: bad typecodes, out of range values and wrong types
from array import array as A

limits = [('b', 127, -128), ('B', 255, 0), ('h', 32767, -32768), ('H', 65535, 0),
          ('i', 2**31 - 1, -2**31), ('I', 2**32 - 1, 0), ('q', 2**63 - 1, -2**63), ('Q', 2**64 - 1, 0)]
for tc, hi, lo in limits:
    print(tc, A(tc, [hi, lo]))
    for v in (hi + 1, lo - 1, 2**100, -2**100):
        try:
            A(tc, [v])
            print('no error')
        except OverflowError as e:
            print(tc, 'OverflowError', e if tc in 'bBhHi' and abs(v) < 2**64 else '')
a = A('b', [1, 2])
for bad in (128, -129):
    try:
        a.append(bad)
    except OverflowError as e:
        print('append OverflowError', e)
    try:
        a[0] = bad
    except OverflowError as e:
        print('setitem OverflowError', e)
print(a)
for tc in ('l', 'L'):
    try:
        A(tc, [2**64])
    except OverflowError:
        print(tc, 'OverflowError')
try:
    A('L', [-1])
except OverflowError:
    print('L OverflowError')

for tc, v in [('i', 1.5), ('i', 'a'), ('b', None), ('B', [1]), ('f', 'a'), ('d', None), ('d', 1j)]:
    try:
        A(tc, [v])
        print('no error')
    except TypeError as e:
        print(tc, 'TypeError', e if tc in 'iB' else '')
try:
    a.append(2.0)
except TypeError as e:
    print('TypeError', e)
try:
    a.extend(5)
except TypeError:
    print('TypeError')
try:
    a.extend(A('i', [1]))
except TypeError as e:
    print('TypeError', e)
try:
    a.extend([1, 2, 300])
except OverflowError:
    print('OverflowError', a)
print(A('f', [10**30]), A('d', [2**70]))
try:
    A('d', [10**400])
except OverflowError as e:
    print('OverflowError', e)

for args in [('x',), ('bb',), ('',), ('B ',)]:
    try:
        A(*args)
    except ValueError:
        print('ValueError', args)
    except TypeError:
        print('TypeError', args)
for args in [(1,), (None, [1]), (b'b',)]:
    try:
        A(*args)
    except TypeError:
        print('TypeError', args)
try:
    A()
except TypeError:
    print('TypeError no args')
for init in ('ab', 5, None, 1.5):
    try:
        A('b', init)
    except TypeError as e:
        print('TypeError', repr(init))
try:
    A('i', b'abc')
except ValueError as e:
    print('ValueError', e)

a = A('i', [1, 2, 3])
for i in (3, -4, 10**20):
    try:
        a[i]
    except IndexError as e:
        print('IndexError', e if i < 100 else '')
    try:
        a[i] = 0
    except IndexError as e:
        print('IndexError', e if i < 100 else '')
for i in ('0', 1.0, None):
    try:
        a[i]
    except TypeError:
        print('TypeError', repr(i))
try:
    hash(a)
except TypeError:
    print('TypeError unhashable')
try:
    a.append()
except TypeError:
    print('TypeError append()')
