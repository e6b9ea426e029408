# Drives a linked chain of objects to exhaustion: each node points to the previous one, with no container holding them.
try:
    import micropython
except ImportError:
    print('SKIP')
    raise SystemExit
import gc

class Node:
    def __init__(self, value, prev):
        self.value = value
        self.prev = prev

head = n = None
ok = True
k = total = 0
caught = False
try:
    while k < 10000000:
        head = Node(k, head)
        k += 1
except MemoryError:
    caught = True
print('MemoryError caught:', caught)
n = head
k = 0
while k < 20:
    ok = ok and n.value == n.prev.value + 1
    n = n.prev
    k += 1
print('chain intact:', ok)
n = head = None
gc.collect()
for i in range(10):
    head = Node(i, head)
while head:
    total += head.value
    head = head.prev
print('alive:', total)
