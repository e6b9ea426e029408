class A:
    pass
a = A()
setattr(a, 'v', 1)
setattr(a, 'name with space', 2)
print(a.v, getattr(a, 'name with space'))
delattr(a, 'v')
print(hasattr(a, 'v'))
for f in [lambda: delattr(a, 'v'), lambda: setattr(5, 'x', 1), lambda: setattr(a, 5, 1), lambda: delattr(a)]:
    try:
        f()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__)
