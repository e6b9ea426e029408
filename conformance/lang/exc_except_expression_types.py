# Handler expressions are evaluated only when needed.
def types():
    print('evaluating handler types')
    return (KeyError, IndexError)
try:
    [][1]
except types():
    print('caught via computed tuple')
try:
    pass
except types():
    print('never')
print('no evaluation without an exception')
errs = [ValueError]
try:
    int('x')
except errs[0] as e:
    print('caught via subscript', type(e).__name__)
