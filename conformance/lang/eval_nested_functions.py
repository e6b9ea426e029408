# Code built at run time defines functions and classes.
src = '''
class Made:
    def __init__(self, v):
        self.v = v
    def double(self):
        return self.v * 2
def helper(n):
    return [Made(i).double() for i in range(n)]
'''
ns = {'__name__': 'generated'}
exec(src, ns)
print(ns['helper'](4))
ops = {}
for name, sym in (('add', '+'), ('sub', '-'), ('mul', '*')):
    exec('def %s(a, b):\n    return a %s b\n' % (name, sym), ops)
print(ops['add'](6, 3), ops['sub'](6, 3), ops['mul'](6, 3))
