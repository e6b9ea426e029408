# Errors: empty heap, non-list heaps, items that cannot be compared.
try:
    import uheapq as heapq
except ImportError:
    import heapq

h = []
try:
    heapq.heappop(h)
except IndexError as e:
    print("IndexError", e)

h = [42]
print(heapq.heappop(h), h)
try:
    heapq.heappop(h)
except IndexError:
    print("IndexError again")

for bad in ((3, 1, 2), None, "abc", {1: 2}, 5):
    for f in (lambda: heapq.heapify(bad), lambda: heapq.heappush(bad, 1),
              lambda: heapq.heappop(bad)):
        try:
            f()
            print("no error")
        except TypeError as e:
            print("TypeError", e)

h = [1, 2, 3]
try:
    heapq.heappush(h, "x")
except TypeError:
    print("TypeError compare")
print(len(h))

h = [3, None, 1]
try:
    heapq.heapify(h)
except TypeError:
    print("TypeError heapify")

try:
    heapq.heappush([])
except TypeError:
    print("TypeError args")
