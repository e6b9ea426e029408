print((258).to_bytes(2, 'big'), (258).to_bytes(2, 'little'))
print((0).to_bytes(0, 'big'), (0).to_bytes(3, 'big'))
print((-1).to_bytes(2, 'little', signed=True), (-128).to_bytes(1, 'big', signed=True))
print((127).to_bytes(1, 'big', signed=True))
print((2**80).to_bytes(11, 'big'))
print((-(2**80)).to_bytes(11, 'little', signed=True))
for args in [(256, 1, False), (-1, 1, False), (128, 1, True), (-129, 1, True)]:
    try:
        print(args[0].to_bytes(args[1], 'big', signed=args[2]))
    except OverflowError as e:
        print('OverflowError:', e)
try:
    (1).to_bytes(1, 'middle')
except ValueError as e:
    print('ValueError:', e)
