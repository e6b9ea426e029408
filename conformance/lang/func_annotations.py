# Annotations are accepted and do not change behaviour.
def add(a: int, b: 'number' = 2) -> int:
    return a + b
print(add(1), add(1, 3))
def kw(*args: 'rest', key: str = 'k', **kwargs: dict) -> None:
    print(args, key, sorted(kwargs))
kw(1, 2, key='x', extra=1)
class C:
    def method(self, x: float) -> 'C':
        return self
print(type(C().method(1.0)).__name__)
def nested() -> (lambda: 1)():
    return 'complex annotation'
print(nested())
