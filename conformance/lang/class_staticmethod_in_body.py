# Static methods used inside the class body and by other methods.
class Util:
    @staticmethod
    def clamp(v, lo, hi):
        return max(lo, min(hi, v))
    def bounded(self, v):
        return Util.clamp(v, 0, 10)
    def bounded2(self, v):
        return self.clamp(v, 0, 5)
u = Util()
print(u.bounded(15), u.bounded(-3), u.bounded2(7), Util.clamp(3, 1, 2))
