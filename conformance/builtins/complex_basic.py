print(complex(1, 2), complex(), complex(1), complex(1.5, -2), complex('1+2j'), complex('3j'), complex('-1.5'))
print(complex(' 2-3j '), complex('(1+1j)'), complex('j'), complex('-j'), complex('1e3+1e-3j'))
print(1j, -1j, 2 + 0j, 0j, -0j, complex(0, -0.0), complex(-0.0, 0), 1.5j, 1e20j, 1e-5j)
z = 3 + 4j
print(z.real, z.imag, abs(z), z.conjugate(), -z, +z)
print(z + 1, z - 1j, z * 2, z * z, z / 2, z / (1 + 1j), 1 / z, z ** 2, (1j) ** 2, 2 ** (1j) if False else 0)
print(z == 3 + 4j, z != z, z == 3, complex(3, 0) == 3, (1 + 0j) == 1.0)
print(type(z).__name__, isinstance(z, complex), repr(z), str(z))
print(hash(complex(3, 0)) == hash(3), bool(0j), bool(1j))
for f in [lambda: z < z, lambda: 1 / 0j, lambda: complex('1+'), lambda: int(z), lambda: z // 2, lambda: z % 2]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__)
