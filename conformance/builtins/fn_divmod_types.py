print(divmod(7, 3), divmod(-7, 3), divmod(7, -3), divmod(7.0, 3), divmod(-7, 3.0), divmod(2**70, 2**35), divmod(-2**70, 3))
print(divmod(True, 2), divmod(0, -5), divmod(1e20, 7), divmod(-0.0, 1), divmod(5, float('inf')), divmod(-5, float('inf')))
class D:
    def __divmod__(self, o):
        return ('div', o)
    def __rdivmod__(self, o):
        return ('rdiv', o)
print(divmod(D(), 1), divmod(2, D()))
