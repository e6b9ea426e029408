# Numeric literal edge cases.
print(0, 0.0, 0j)
print(2**64, 2**64 - 1, -2**63)
print(0xFFFFFFFFFFFFFFFFFFFF)
print(1e308 * 10 == float('inf'))
print(9999999999999999999999 // 3)
print(0b1111 + 0o17 + 0xf + 15)
print(1.5e3 == 1500)
