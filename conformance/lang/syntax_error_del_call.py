# Deleting a call is a compile-time error.
x = [1]
del len(x)
