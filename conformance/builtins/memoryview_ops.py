buf = bytearray(b'hello world')
m = memoryview(buf)
print(len(m), m[0], m[-1], bytes(m[6:]), m.tobytes() if hasattr(m, 'tobytes') else bytes(m))
words = m[0:5]
buf[0] = ord('J')
print(bytes(words), words[0] == ord('J'))
m[6:11] = b'WORLD'
print(buf, bytes(m) == bytes(buf), b'world' in bytes(buf).lower())
print(list(m[:3]), [x for x in m[8:]], bytearray(m[2:4]), bytes(m[4:2]))
