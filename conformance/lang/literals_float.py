# Float literal forms.
print(1.0, 1., .5, 0.25, 10.5e0)
print(1e3, 1E3, 1e-3, 2.5e+2, 1.5E-1)
print(0.0, -0.0, 3.14159)
print(1e0 == 1.0, .1e1 == 1.0)
print(float('1.5'), float('-2'), float(' 3.25 '))
print(type(1e3), type(1.), type(.0))
print(100.0 / 4, 7.0 // 2, 7.5 % 2)
