# __repr__ used by containers and nested objects.
class Node:
    def __init__(self, v, kids=()):
        self.v = v
        self.kids = list(kids)
    def __repr__(self):
        if self.kids:
            return 'Node(%r, %r)' % (self.v, self.kids)
        return 'Node(%r)' % (self.v,)
t = Node(1, [Node(2), Node(3, [Node(4)])])
print(t)
print([Node('x')], (Node(None),), {'k': Node(0)})
