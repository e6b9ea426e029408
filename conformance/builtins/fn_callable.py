class A:
    def __call__(self):
        return 1
    def m(self):
        pass
class B:
    pass
print(callable(len), callable(A), callable(A()), callable(B()), callable(A().m), callable(lambda: 0))
print(callable(1), callable('a'), callable(None), callable(int), callable(print), callable([].append))
