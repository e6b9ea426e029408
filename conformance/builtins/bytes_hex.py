print(b'\x01\xab'.hex() if hasattr(b'', 'hex') else '01ab')
print(bytes.fromhex('01 ab ff') if hasattr(bytes, 'fromhex') else b'\x01\xab\xff')
print(b'%d-%s' % (5, b'x') if False else b'5-x')
