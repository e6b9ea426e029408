class A:
    def __str__(self):
        return 'str-of-A'
    def __repr__(self):
        return 'repr-of-A'
class B:
    def __repr__(self):
        return 'only-repr'
class C:
    pass
print(A(), B(), [A(), B()], (A(),), {1: B()})
print(str(C())[:10] == '<__main__.' or str(C())[:3] == '<C ')
class Bad:
    def __str__(self):
        return 42
try:
    print(Bad())
except TypeError:
    print('TypeError')
