# Larger heaps from a fixed pseudo-random sequence: the exact layout after
# heapify and after pushes/pops, and the sorted pop order.
try:
    import uheapq as heapq
except ImportError:
    import heapq

seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
    return seed % n

data = [rnd(100) for _ in range(60)]
print(data)
h = list(data)
heapq.heapify(h)
print(h)
ok = all(h[i] <= h[c] for i in range(len(h)) for c in (2 * i + 1, 2 * i + 2) if c < len(h))
print("heap property", ok)

for _ in range(20):
    x = rnd(100)
    heapq.heappush(h, x)
    y = heapq.heappop(h)
    print(x, y, end="; ")
print()
print(h)
out = [heapq.heappop(h) for _ in range(len(h))]
print(out == sorted(out), out[:10], out[-10:])

# Interleaved pushes and pops keep the smallest on top.
h = []
log = []
for i in range(40):
    v = rnd(50)
    if v % 3 == 0 and h:
        log.append(heapq.heappop(h))
    else:
        heapq.heappush(h, v)
print(log)
print(h)
