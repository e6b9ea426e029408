# heappush / heappop / heapify on lists of ints: the heap layout after each
# step and the pop order.
try:
    import uheapq as heapq
except ImportError:
    import heapq

h = []
for x in (5, 7, 3, 9, 1, 8, 2, 6, 4, 0):
    heapq.heappush(h, x)
    print(h)
out = []
while h:
    out.append(heapq.heappop(h))
    print(h)
print(out)

for data in ([], [1], [2, 1], [3, 2, 1], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
             [1, 1, 1, 0, 0, 0], [-5, 10, -20, 0, 15, -1, 3]):
    l = list(data)
    r = heapq.heapify(l)
    print(r, l)

# Heap sort.
def heapsort(items):
    h = []
    for x in items:
        heapq.heappush(h, x)
    return [heapq.heappop(h) for _ in range(len(h))]

print(heapsort([31, 4, 15, 9, 26, 5, 35, 8, 97, 93, 23, 84, 62, 64, 33]))
l = [31, 4, 15, 9, 26, 5, 35, 8, 97, 93, 23, 84, 62, 64, 33]
heapq.heapify(l)
print(l, l[0] == min(l))
print(heapq.heappush(l, 1), heapq.heappop(l), heapq.heappop(l))
print(l)
