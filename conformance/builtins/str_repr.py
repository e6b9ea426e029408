for s in ["a", "'", '"', "'\"", "\n\t\r", "\x00\x7f", "é", "\u2028", "\U0001f600", "\\", "a'b", 'a"b', "\x1b[0m", "\xa0", "\ufeff"]:
    print(repr(s), ascii(s) if False else '', len(s))
print(repr(['a', "b'c"]), str(['x']), repr(('é',)))
