# An unindent that matches no outer level is an IndentationError.
def f():
    if True:
        return 1
      return 2
print(f())
