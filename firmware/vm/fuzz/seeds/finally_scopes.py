def f():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            g = lambda: i * 10
            h = [i + k for k in range(2)]
    def after(a, b=5):
        return a + b
    return g(), h, after(1)
print(f())
def w():
    try:
        return 'r'
    finally:
        class C:
            def m(self):
                return 'method'
        print(C().m(), [x for x in 'ab'])
print(w())
