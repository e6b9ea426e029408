# Every augmented assignment operator on ints.
x = 100
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x //= 7; print(x)
x %= 10; print(x)
x **= 3; print(x)
x <<= 2; print(x)
x >>= 1; print(x)
x &= 0xf0; print(x)
x |= 0x0f; print(x)
x ^= 0xff; print(x)
f = 7
f /= 2; print(f)
s = 'ab'
s *= 3; print(s)
s += 'c'; print(s)
