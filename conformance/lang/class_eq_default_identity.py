# Without __eq__, equality is identity.
class P: pass
a, b = P(), P()
print(a == a, a == b, a != b, a is a)
print(a in [b], a in [b, a], [a].count(a))
class Q:
    def __eq__(self, o):
        return True
print(Q() == 1, Q() != 1, 1 == Q())
