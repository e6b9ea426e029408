# Augmented operators on lists, strings, tuples and bytes.
l = [1]
l += (2, 3)
l *= 2
print(l)
s = 'ab'
s += 'cd'
s *= 2
print(s)
t = (1,)
t += (2,)
t *= 3
print(t)
b = b'x'
b += b'yz'
print(b)
n = 10
n **= 2
n //= 3
n %= 7
print(n)
