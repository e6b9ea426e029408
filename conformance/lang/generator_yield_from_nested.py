# Recursive generators with yield from.
def tree_walk(node):
    value, children = node
    yield value
    for c in children:
        yield from tree_walk(c)
tree = (1, [(2, [(4, [])]), (3, [(5, []), (6, [])])])
print(list(tree_walk(tree)))
def countdown(n):
    if n:
        yield n
        yield from countdown(n - 1)
print(list(countdown(5)))
def flatten(x):
    for i in x:
        if isinstance(i, list):
            yield from flatten(i)
        else:
            yield i
print(list(flatten([1, [2, [3, [4, [5]]]], 6])))
