# NameError for unknown names, UnboundLocalError-style reads.
try:
    undefined_name
except NameError:
    print('NameError')
def f():
    try:
        print(local_later)
    except NameError:
        print('unbound local is a NameError')
    local_later = 1
f()
try:
    del never_defined
except NameError:
    print('del NameError')
