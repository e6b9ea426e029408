# Code an interrupt handler may run allocates nothing: each construct runs with the heap locked.
try:
    import micropython
except ImportError:
    print('SKIP')
    raise SystemExit
import array


class A:
    def m(self, x):
        return x + 1


class B(A):
    def m(self, x):
        return super().m(x) * 2


def add(a, b):
    return a + b


lst = [0] * 8
ba = bytearray(8)
arr = array.array('i', [0] * 8)
tup = (1, 2, 3)
pair = (7, 8)
err = ValueError('made before')
a = A()
b = B()


def for_range():
    s = 0
    for i in range(10):
        s += i
    return s


def for_list():
    n = 0
    for x in lst:
        n += 1
    return n


def for_tuple():
    s = 0
    for x in tup:
        s += x
    return s


def for_bytes():
    s = 0
    for x in b'abc':
        s += x
    return s


def for_bytearray():
    s = 0
    for x in ba:
        s += x
    return s


def nested_loops():
    s = 0
    for i in range(3):
        for x in tup:
            s += i * x
    return s


def unpack():
    x, y, z = tup
    return x + y + z


def small_ints():
    x = 5
    return (x * 3 + 7 // 2 - (x << 2)) | 1


def call():
    return add(1, 2)


def bound_method():
    return a.m(1)


def super_call():
    return b.m(1)


def store_list():
    lst[3] = 5
    return lst[3]


def store_bytearray():
    ba[2] = 7
    return ba[2]


def store_array():
    arr[1] = 9
    return arr[1]


def slice_assign():
    lst[0:2] = pair
    return lst[1]


def raise_made():
    try:
        raise err
    except ValueError:
        return 'caught'


def reductions():
    return all(tup) + any(lst) * 10 + min(tup) * 100 + max(tup) * 1000 + sum(tup) * 10000


def allocates():
    return [1, 2, 3]


for f in (for_range, for_list, for_tuple, for_bytes, for_bytearray, nested_loops, unpack,
          small_ints, call, bound_method, super_call, store_list, store_bytearray,
          store_array, slice_assign, raise_made, reductions, allocates):
    micropython.heap_lock()
    try:
        r = f()
    except MemoryError:
        r = 'MemoryError'
    micropython.heap_unlock()
    print(f.__name__, r)
