# Every binary operator between values of different builtin types: a result or the
# TypeError CPython raises, never a crash.
values = [
    ('int', 3), ('big', 2 ** 70), ('float', 1.5), ('complex', 1j), ('bool', True),
    ('str', 'ab'), ('bytes', b'ab'), ('bytearray', bytearray(b'ab')), ('tuple', (1, 2)),
    ('list', [1, 2]), ('dict', {1: 2}), ('set', {1, 2}), ('frozenset', frozenset([1])),
    ('range', range(3)), ('None', None),
]
ops = [
    ('+', lambda a, b: a + b), ('-', lambda a, b: a - b), ('*', lambda a, b: a * b),
    ('/', lambda a, b: a / b), ('//', lambda a, b: a // b), ('%', lambda a, b: a % b),
    ('<<', lambda a, b: a << b), ('&', lambda a, b: a & b), ('|', lambda a, b: a | b),
    ('^', lambda a, b: a ^ b), ('<', lambda a, b: a < b), ('==', lambda a, b: a == b),
    ('in', lambda a, b: a in b),
]
for oname, op in ops:
    row = []
    for an, a in values:
        for bn, b in values:
            # Not in MicroPython 1.8.3: bytes %-formatting (PEP 461), dict | dict (3.9).
            if oname == '%' and an in ('bytes', 'bytearray') or oname == '|' and an == bn == 'dict':
                continue
            try:
                r = op(a, b)
                row.append('%s.%s:%s' % (an, bn, type(r).__name__))
            except TypeError:
                pass
            except (ZeroDivisionError, ValueError, OverflowError, MemoryError) as e:
                row.append('%s.%s:%s' % (an, bn, type(e).__name__))
    print(oname, len(row))
    print(' '.join(row))
