s = 'one\ntwo\r\nthree\rfour\x0bfive\x0csix\x1cseven\x1deight\x1enine\x85ten\u2028eleven\u2029twelve'
print(s.splitlines())
print(s.splitlines(True)[:5])
print(b'a\nb\r\nc\rd\x0be'.splitlines(), b'x\n'.splitlines(keepends=True))
print('\n'.splitlines(), '\n\n'.splitlines(), 'a\n'.splitlines(), '\r\n'.splitlines(True))
