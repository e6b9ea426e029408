# Traceback through methods and a lambda.
class Box:
    def __init__(self, v):
        self.v = v
    def get(self, k):
        return self.v[k]
b = Box({'a': 1})
print(b.get('a'))
f = lambda: b.get('missing')
f()
