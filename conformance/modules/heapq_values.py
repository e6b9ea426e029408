# Heaps of tuples (a priority queue), strings, floats and mixed numbers.
try:
    import uheapq as heapq
except ImportError:
    import heapq

q = []
heapq.heappush(q, (2, "write code"))
heapq.heappush(q, (5, "release"))
heapq.heappush(q, (1, "plan"))
heapq.heappush(q, (3, "test"))
heapq.heappush(q, (2, "review"))
print(q)
while q:
    print(heapq.heappop(q))

words = ["pear", "apple", "fig", "banana", "cherry", "date", "apple"]
heapq.heapify(words)
print(words)
print([heapq.heappop(words) for _ in range(len(words))])

nums = [2.5, 1, -0.5, 3, 1.0, True, 0, -2]
heapq.heapify(nums)
print(nums)
print([heapq.heappop(nums) for _ in range(len(nums))])

# Equal keys: the order among (key, tag) items follows the tags.
items = [(1, "c"), (0, "z"), (1, "a"), (0, "y"), (1, "b")]
h = []
for it in items:
    heapq.heappush(h, it)
print(h)
print([heapq.heappop(h) for _ in range(5)])

# Objects ordered by __lt__.
class Job:
    def __init__(self, prio, name):
        self.prio = prio
        self.name = name
    def __lt__(self, other):
        return self.prio < other.prio

jobs = [Job(3, "c"), Job(1, "a"), Job(2, "b"), Job(0, "z")]
heapq.heapify(jobs)
print([j.name for j in jobs])
heapq.heappush(jobs, Job(-1, "first"))
print([heapq.heappop(jobs).name for _ in range(len(jobs))])
