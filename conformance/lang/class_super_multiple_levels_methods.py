# super() chains through four levels with different method sets.
class A:
    def hello(self):
        return ['A']
    def only_a(self):
        return 'only in A'
class B(A):
    def hello(self):
        return ['B'] + super().hello()
class C(B):
    pass
class D(C):
    def hello(self):
        return ['D'] + super().hello()
    def only_a(self):
        return 'D then ' + super().only_a()
print(D().hello(), D().only_a(), C().hello())
