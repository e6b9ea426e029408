for fmt, args in [('%d', 'x'), ('%s %s', ('a',)), ('%s', ('a', 'b')), ('%y', 1), ('%(a)s', (1,)), ('%c', 1.5),
                  ('%x', 1.5), ('%', 5), ('%.', 5), ('%d', None), ('%c', -1)]:
    try:
        print(repr(fmt % args))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
