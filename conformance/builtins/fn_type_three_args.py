def init(self, v):
    self.v = v
P = type('P', (object,), {'__init__': init, 'double': lambda self: self.v * 2, 'k': 'class-attr'})
p = P(21)
print(p.double(), p.k, P.__name__, type(p).__name__, isinstance(p, P))
Q = type('Q', (P,), {'k': 'override'})
q = Q(1)
print(q.double(), q.k, issubclass(Q, P), [c.__name__ for c in Q.__bases__])
print(type(type('E', (), {})()).__name__)
