# Deeply nested try/finally with exits from the innermost level.
def f(mode):
    out = []
    for i in range(2):
        try:
            out.append('a%d' % i)
            try:
                out.append('b%d' % i)
                try:
                    if mode == 'break':
                        break
                    if mode == 'continue':
                        continue
                    if mode == 'return':
                        return out
                finally:
                    out.append('c%d' % i)
            finally:
                out.append('d%d' % i)
        finally:
            out.append('e%d' % i)
    return out
for m in ('break', 'continue', 'return', 'none'):
    print(m, f(m))
