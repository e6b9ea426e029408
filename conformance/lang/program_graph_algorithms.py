# Graph algorithms with classes, generators and closures: BFS, DFS
# (recursive and iterative), topological sort with cycle detection,
# Dijkstra with a hand-written binary heap, connected components.

class CycleError(Exception):
    def __init__(self, path):
        super().__init__(path)
        self.path = path


class Heap:
    def __init__(self):
        self.a = []

    def __len__(self):
        return len(self.a)

    def push(self, item):
        a = self.a
        a.append(item)
        i = len(a) - 1
        while i > 0:
            p = (i - 1) // 2
            if a[p] <= a[i]:
                break
            a[p], a[i] = a[i], a[p]
            i = p

    def pop(self):
        a = self.a
        top = a[0]
        last = a.pop()
        if a:
            a[0] = last
            i = 0
            n = len(a)
            while True:
                l, r = 2 * i + 1, 2 * i + 2
                m = i
                if l < n and a[l] < a[m]:
                    m = l
                if r < n and a[r] < a[m]:
                    m = r
                if m == i:
                    break
                a[m], a[i] = a[i], a[m]
                i = m
        return top


class Graph:
    def __init__(self, directed=False):
        self.adj = {}
        self.directed = directed

    def add_edge(self, u, v, w=1):
        self.adj.setdefault(u, []).append((v, w))
        self.adj.setdefault(v, [])
        if not self.directed:
            self.adj[v].append((u, w))
        return self

    def nodes(self):
        return sorted(self.adj)

    def neighbours(self, u):
        return sorted(v for v, _ in self.adj[u])

    def bfs(self, start):
        seen = {start}
        queue = [start]
        while queue:
            u = queue.pop(0)
            yield u
            for v in self.neighbours(u):
                if v not in seen:
                    seen.add(v)
                    queue.append(v)

    def dfs(self, start):
        seen = set()

        def visit(u):
            seen.add(u)
            yield u
            for v in self.neighbours(u):
                if v not in seen:
                    yield from visit(v)
        return visit(start)

    def dfs_iter(self, start):
        seen, stack = set(), [start]
        while stack:
            u = stack.pop()
            if u in seen:
                continue
            seen.add(u)
            yield u
            stack.extend(reversed(self.neighbours(u)))

    def toposort(self):
        state = {}
        order = []

        def visit(u, path):
            s = state.get(u)
            if s == 'done':
                return
            if s == 'active':
                raise CycleError(path[path.index(u):] + [u])
            state[u] = 'active'
            for v in self.neighbours(u):
                visit(v, path + [u])
            state[u] = 'done'
            order.append(u)
        for u in self.nodes():
            visit(u, [])
        return order[::-1]

    def dijkstra(self, src):
        dist = {src: 0}
        prev = {}
        h = Heap()
        h.push((0, src))
        while h:
            d, u = h.pop()
            if d > dist.get(u, d):
                continue
            for v, w in self.adj[u]:
                nd = d + w
                if v not in dist or nd < dist[v]:
                    dist[v] = nd
                    prev[v] = u
                    h.push((nd, v))

        def path_to(t):
            p = [t]
            while p[-1] != src:
                p.append(prev[p[-1]])
            return p[::-1]
        return dist, path_to

    def components(self):
        seen = set()
        for u in self.nodes():
            if u not in seen:
                comp = list(self.bfs(u))
                seen.update(comp)
                yield sorted(comp)


g = Graph()
for u, v in [('a', 'b'), ('a', 'c'), ('b', 'd'), ('c', 'd'), ('d', 'e'), ('x', 'y')]:
    g.add_edge(u, v)
print('bfs', list(g.bfs('a')))
print('dfs', list(g.dfs('a')))
print('dfs_iter', list(g.dfs_iter('a')))
print('components', list(g.components()))

dag = Graph(directed=True)
for u, v in [('shirt', 'tie'), ('tie', 'jacket'), ('pants', 'shoes'), ('pants', 'belt'),
             ('belt', 'jacket'), ('shirt', 'belt'), ('socks', 'shoes')]:
    dag.add_edge(u, v)
print('topo', dag.toposort())
dag.add_edge('jacket', 'shirt')
try:
    dag.toposort()
except CycleError as e:
    print('cycle', e.path)

roads = Graph()
for u, v, w in [('A', 'B', 7), ('A', 'C', 9), ('A', 'F', 14), ('B', 'C', 10), ('B', 'D', 15),
                ('C', 'D', 11), ('C', 'F', 2), ('D', 'E', 6), ('E', 'F', 9)]:
    roads.add_edge(u, v, w)
dist, path_to = roads.dijkstra('A')
for n in roads.nodes():
    print(n, dist[n], '->'.join(path_to(n)))

h = Heap()
for x in [5, 3, 9, 1, 7, 2, 8]:
    h.push(x)
print([h.pop() for _ in range(len(h))])
