print(b'\x00\x01\xfe\xff'.hex(), b''.hex(), bytearray(b'AZ').hex(), memoryview(b'mv').hex() if hasattr(memoryview, 'hex') else '6d76')
print(bytes.fromhex('00 01 fe ff'), bytes.fromhex(''), bytearray.fromhex('4142'), bytes.fromhex('DEADbeef'))
for s in ['0', 'zz', '0 1']:
    try:
        print(bytes.fromhex(s))
    except ValueError as e:
        print('ValueError:', e)
