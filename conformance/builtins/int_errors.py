for f in [lambda: 1 // 0, lambda: 1 % 0, lambda: divmod(1, 0), lambda: 2**100 // 0,
          lambda: 1 << -1, lambda: 1 >> -1, lambda: pow(2, 3, 0), lambda: '1' + 1,
          lambda: 1 + '1', lambda: 1 + None, lambda: ~1.5, lambda: pow(2, -1, 5.0),
          lambda: 5 & 1.0, lambda: [] < 1, lambda: 1 < 'a']:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e if not isinstance(e, ZeroDivisionError) else '')
