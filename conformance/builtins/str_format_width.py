for spec in ['>10', '<10', '^10', '=10', '010', '+010', '-^11', '*>+9', ' 08', '#010x', '#<10x']:
    try:
        print(repr(spec), repr(format(42, spec)), repr(format(-42, spec)), repr(format(4.5, spec.replace('x', '') or '')))
    except ValueError as e:
        print(repr(spec), 'ValueError:', e)
