# An inner function can call itself through the enclosing cell.
def outer(n):
    def fact(k):
        return 1 if k <= 1 else k * fact(k - 1)
    return fact(n)
print(outer(6))
def walker(tree):
    out = []
    def walk(node, depth):
        out.append('  ' * depth + node[0])
        for child in node[1]:
            walk(child, depth + 1)
    walk(tree, 0)
    return out
print('\n'.join(walker(('root', [('a', [('a1', [])]), ('b', [])]))))
