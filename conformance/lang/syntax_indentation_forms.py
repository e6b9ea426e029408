# Tabs, spaces, blank lines and comments in indentation.
def f():
	return 'tab indented'
print(f())
def g():
    x = 1

    # a comment at another indent
        # deeper comment
    return x
print(g())
if True:
    if True:
            print('deep indent ok')
    print('back')
class C:

    def m(self):

        return 'blank lines'
print(C().m())
x = [1,
  2,
      3]
print(x)
