# Subclasses of list: the instance is a list to every builtin, with the class's extras.


class Stack(list):
    def push(self, x):
        self.append(x)
        return self

    def peek(self):
        return self[-1]


s = Stack()
s.push(1).push(2).push(3)
print(s, len(s), s.peek())
print(s.pop(), s)
print(isinstance(s, list), isinstance(s, Stack), type(s) is list, type(s).__name__)

# Operators with the subclass on either side.
print(s + [9], [0] + s, s * 2, 2 * s)
print(s == [1, 2], [1, 2] == s, s != [1], s < [1, 3], [1, 1] < s)
print(2 in s, 5 in s, s.index(2), s.count(1))

# Item access, slices, deletion.
s.extend([4, 5, 6])
s[0] = 10
print(s, s[1:3], s[::-1], s[-1])
del s[0]
s[0:2] = ['a', 'b']
print(s)
s.sort(key=str, reverse=True)
print(s)

# In-place operators keep the instance.
t = Stack([1])
before = id(t)
t += [2, 3]
t *= 2
print(t, type(t).__name__, id(t) == before)

# Builtins that iterate.
st = Stack([3, 1, 2])
print(list(st), tuple(st), sorted(st), sum(st), max(st), min(st), len(st))
print(list(reversed(st)), list(enumerate(st)), bool(st), bool(Stack()))
print(', '.join(str(x) for x in st))
print(repr(st), str(st), '%s' % (st,), '{}'.format(st))


# __init__ with its own signature: the list starts empty until super().__init__ fills it.
class Named(list):
    def __init__(self, name, items=()):
        super().__init__(items)
        self.name = name


n = Named('abc', [1, 2])
print(n.name, n, len(n))
n2 = Named('x')
print(n2, n2.name, n2 == [])


class NoSuper(list):
    def __init__(self, label):
        self.label = label


ns = NoSuper('lbl')
print(ns, ns.label, len(ns))
ns.append(1)
print(ns)


# Overriding a method and reaching the original through super().
class Logged(list):
    def append(self, x):
        print('append', x)
        super().append(x * 10)

    def __getitem__(self, i):
        return 'item %s' % super().__getitem__(i)

    def __len__(self):
        return super().__len__() + 100


g = Logged()
g.append(1)
g.append(2)
print(g[0], g[1], len(g), list(g))


# Explicit base-class calls.
l2 = Stack()
list.append(l2, 'x')
list.extend(l2, 'yz')
print(l2, list.__len__(l2) if hasattr(list, '__len__') else len(l2))
