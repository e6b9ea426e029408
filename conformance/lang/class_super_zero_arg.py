# super() without arguments in methods, __init__ and classmethods.
class Base:
    def __init__(self, v):
        self.v = v
        self.log = ['Base']
    def describe(self):
        return 'Base(%s)' % self.v
class Mid(Base):
    def __init__(self, v):
        super().__init__(v * 2)
        self.log.append('Mid')
    def describe(self):
        return 'Mid:' + super().describe()
class Top(Mid):
    def __init__(self):
        super().__init__(5)
        self.log.append('Top')
    def describe(self):
        return 'Top:' + super().describe()
t = Top()
print(t.v, t.log, t.describe())
