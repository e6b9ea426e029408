for z in [0j, -0j, 1j, -1j, 1 + 0j, -1 - 0j, complex(0.0, -0.0), complex(-0.0, 0.0), 1.5 + 2.25j, 1e20 + 1e-20j,
          complex(float('inf'), 1), complex(1, float('nan')), complex(-1e300, 1e300), 123456789.5j]:
    print(repr(z), str(z), z.real, z.imag)
