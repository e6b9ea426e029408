# Augmented assignment to attributes and subscripts evaluates the target once.
calls = []
def idx(i):
    calls.append(i)
    return i
l = [1, 2, 3]
l[idx(1)] += 10
print(l, calls)
class C:
    def __init__(self):
        self.v = 1
c = C()
def get():
    calls.append('get')
    return c
get().v *= 7
print(c.v, calls)
d = {'a': [1]}
d['a'] += [2, 3]
print(d)
m = [[0, 0], [0, 0]]
m[1][0] -= 5
print(m)
