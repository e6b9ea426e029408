print(abs(-0), abs(-0.0), abs(-2**100), abs(2**100), abs(-1e-320), abs(complex(-3, -4)), abs(-True), abs(False))
print(type(abs(-1)).__name__, type(abs(-1.0)).__name__, type(abs(1j)).__name__, type(abs(True)).__name__)
print(abs(float('-inf')), abs(float('nan')) != abs(float('nan')))
