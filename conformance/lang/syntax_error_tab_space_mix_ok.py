# Consistent tabs in one block and spaces in another are fine.
def a():
	return 'tabs'
def b():
    return 'spaces'
print(a(), b())
