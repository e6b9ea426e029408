# len() of objects without or with bad __len__.
class NoLen: pass
class BadLen:
    def __len__(self):
        return 'x'
class NegLen:
    def __len__(self):
        return -1
for obj in (NoLen(), BadLen(), NegLen()):
    try:
        print(len(obj))
    except (TypeError, ValueError) as e:
        print(type(e).__name__)
