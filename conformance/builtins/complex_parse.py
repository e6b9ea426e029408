for s in ['1+2j', '1-2j', '-1.5e3+0.5J', 'j', '-j', '+j', '3', '  4.5  ', '(1+1j)', ' ( -2j ) ', '1e-3j', 'inf+nanj', '-infj']:
    print(repr(s), complex(s))
for s in ['', '1+', '1 + 2j', 'j1', '1+2', '(1+2j', 'abc', '1+2jj']:
    try:
        print(complex(s))
    except ValueError as e:
        print('ValueError:', e)
print(complex(real=1, imag=2), complex(imag=3), complex(1j, 1j), complex(1 + 1j, 2))
