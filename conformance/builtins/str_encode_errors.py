print('abc'.encode('ascii'), 'café'.encode('latin-1'), 'café'.encode('ascii', 'ignore'), 'café'.encode('ascii', 'replace'))
print('x'.encode(encoding='utf-8'), 'é'.encode('UTF-8'), 'é'.encode('utf8'), '€'.encode('latin_1', errors='replace'))
for args in [('ascii',), ('latin-1',), ('nope',)]:
    try:
        print('€uro'.encode(*args))
    except UnicodeError as e:
        print('UnicodeError:', e)
    except LookupError as e:
        print('LookupError:', e)
