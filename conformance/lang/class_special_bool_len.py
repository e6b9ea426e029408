# __bool__ and __len__ decide truthiness.
class Empty:
    def __len__(self):
        return 0
class Full:
    def __len__(self):
        return 3
class No:
    def __bool__(self):
        return False
class Plain:
    pass
for obj in (Empty(), Full(), No(), Plain()):
    print(type(obj).__name__, bool(obj), 'truthy' if obj else 'falsy')
print(len(Full()))
print(not No(), No() or 'fallback')
