# Imaginary literals and complex arithmetic.
print(1j, 2.5j, 0j)
print(1j * 1j)
print((1 + 2j) + (3 - 1j))
print((1 + 2j) * (3 + 4j))
print((1 + 2j).real, (1 + 2j).imag)
print(abs(3 + 4j))
print(1e1j, 10j == 10.0j)
print(type(1j))
