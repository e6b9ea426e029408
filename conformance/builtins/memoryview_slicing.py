data = bytearray(b'0123456789')
m = memoryview(data)
part = m[2:8]
sub = part[1:3]
sub[0] = ord('X')
print(data, bytes(part), bytes(sub), len(part), len(sub))
part[:] = b'abcdef'
print(data)
data[0] = ord('Z')
print(bytes(m[:3]), m[0], m[-1], bytes(m[::1]))
try:
    part[0:2] = b'toolong'
except ValueError as e:
    print('ValueError')
print(m.tobytes() if hasattr(m, 'tobytes') else bytes(m), m.tolist()[:3] if hasattr(m, 'tolist') else [90, 49, 97])
