# A block header without an indented block.
def f():
return 1
