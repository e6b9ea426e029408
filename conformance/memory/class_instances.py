# Drives many small objects to exhaustion: instances of a class with three attributes, kept in a list.
try:
    import micropython
except ImportError:
    print('SKIP')
    raise SystemExit
import gc

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.tag = None

keep = []
caught = False
try:
    for i in range(10000000):
        keep.append(Point(i, -i))
except MemoryError:
    caught = True
print('MemoryError caught:', caught)
print('instances intact:', keep[7].x == 7 and keep[7].y == -7 and keep[7].tag is None)
keep = None
gc.collect()
pts = [Point(i, i * i) for i in range(50)]
print('alive:', sum(p.y for p in pts), type(pts[0]).__name__)
